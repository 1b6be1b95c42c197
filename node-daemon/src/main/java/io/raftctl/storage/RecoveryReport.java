package io.raftctl.storage;

/**
 * What opening the storage found in the log and what it cut off.
 *
 * @param segmentCount         log segment files after recovery
 * @param lastIndex            last log index after recovery (0 for an empty log)
 * @param tornTailBytes        bytes of an interrupted final write cut off the end of the log (0 if it ended
 *                             cleanly); a torn tail never holds an intact record, so no acknowledged entry is lost
 * @param repaired             true if repair mode cut the log at a corrupt record
 * @param repairDroppedBytes   bytes the repair removed
 * @param repairDroppedRecords records the repair removed: the corrupt one plus every intact record found after it
 * @param corruption           where the repair cut and why (file, byte offset, reason), or null if it did not
 */
public record RecoveryReport(int segmentCount, long lastIndex, long tornTailBytes, boolean repaired,
                             long repairDroppedBytes, long repairDroppedRecords, String corruption) {

    public boolean tornTailTruncated() {
        return tornTailBytes > 0;
    }

    /**
     * Null, or why the node may have lost entries it once acknowledged, so that it must catch up from the leader
     * before it votes again.
     */
    public String catchUpReason() {
        return null;
    }

    /** True if recovery dropped nothing. */
    public boolean clean() {
        return tornTailBytes == 0 && !repaired;
    }
}
