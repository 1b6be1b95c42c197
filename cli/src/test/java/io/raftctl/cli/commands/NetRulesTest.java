package io.raftctl.cli.commands;

import io.raftctl.admin.AdminDtos;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NetRulesTest {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");

    @Test
    void theSameRulesNamedInAnotherOrderAreEqual() {
        NetRules a = NetRules.of(new AdminDtos.NetStatus(List.of("n1", "n3"), List.of(List.of("n1"), List.of("n2", "n3")), false, 0, false));
        NetRules b = NetRules.of(new AdminDtos.NetStatus(List.of("n3", "n1"), List.of(List.of("n3", "n2"), List.of("n1")), true, 4, true));
        assertThat(a).isEqualTo(b);
        assertThat(NetRules.of(new AdminDtos.NetStatus(null, null, false, 0, false))).isEqualTo(NetRules.NONE);
        assertThat(a).isNotEqualTo(NetRules.isolating("n1"));
    }

    @Test
    void rulesCutWhatTheDaemonsCut() {
        NetRules split = NetRules.splitting(List.of(List.of("n1", "n2")));
        assertThat(split.cuts("n1", "n2")).isFalse();
        assertThat(split.cuts("n1", "n3")).as("a node in no group is alone").isTrue();
        assertThat(NetRules.isolating("n2").cuts("n3", "n2")).isTrue();
        assertThat(NetRules.isolating("n2").cuts("n1", "n3")).isFalse();
        assertThat(NetRules.NONE.cuts("n1", "n2")).isFalse();
    }

    @Test
    void aPairIsCutOnceEitherEndEnforcesTheRule() {
        NetRules isolateN2 = NetRules.isolating("n2");
        assertThat(isolateN2.pairsNotCutYet(MEMBERS, List.of("n1", "n3"))).isEmpty();
        assertThat(isolateN2.pairsNotCutYet(MEMBERS, List.of("n1"))).containsExactly("n2-n3");
        assertThat(isolateN2.pairsNotCutYet(MEMBERS, List.of())).containsExactly("n1-n2", "n2-n3");
    }

    @Test
    void rulesAreDescribedInOperatorWords() {
        assertThat(NetRules.NONE.describe()).isEqualTo("none");
        assertThat(new NetRules(java.util.Set.of("n2"), NetRules.splitting(List.of(List.of("n1"), List.of("n2", "n3"))).groups())
                .describe()).isEqualTo("isolated n2; split n1 | n2,n3");
    }
}
