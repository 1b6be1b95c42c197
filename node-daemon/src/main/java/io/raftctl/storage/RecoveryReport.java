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
 * @param catchUp              why the node may have lost entries it acknowledged (see {@link #catchUpReason()}), or null
 */
public record RecoveryReport(int segmentCount, long lastIndex, long tornTailBytes, boolean repaired,
                             long repairDroppedBytes, long repairDroppedRecords, String corruption, String catchUp) {

    public RecoveryReport(int segmentCount, long lastIndex, long tornTailBytes, boolean repaired,
                          long repairDroppedBytes, long repairDroppedRecords, String corruption) {
        this(segmentCount, lastIndex, tornTailBytes, repaired, repairDroppedBytes, repairDroppedRecords, corruption, null);
    }

    public boolean tornTailTruncated() {
        return tornTailBytes > 0;
    }

    /**
     * Null, or why the node may have lost entries it once acknowledged, so that it must catch up from the leader
     * before it votes again: a damaged tail beyond the durable watermark that held intact records ("dropped 3
     * records at offset 4096 of segment 00000000000000000001.seg"), a repair cut, or entries written after the
     * last successful fsync distrusted. A torn final record alone is no reason: it never held an intact record.
     */
    public String catchUpReason() {
        return catchUp;
    }

    /** True if recovery dropped nothing. */
    public boolean clean() {
        return tornTailBytes == 0 && !repaired && catchUp == null;
    }
}
