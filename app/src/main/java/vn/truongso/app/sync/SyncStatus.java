package vn.truongso.app.sync;

/**
 * The replica at a glance, for a status bar: a few indexed counts, cheap enough to ask every few seconds.
 *
 * @param pending       changes made here that the server has not processed yet
 * @param awaitingPull  changes the server accepted that the pull has not brought back yet
 * @param conflicts     rows that need a person's decision ({@link LocalReplica#conflicts})
 * @param refusals      refused changes not dismissed yet
 * @param cursor        the server sequence pulled up to
 * @param ackedSeq      the highest device sequence number the server has processed
 * @param loadingSnapshot a snapshot is being loaded page by page
 */
public record SyncStatus(int pending, int awaitingPull, int conflicts, int refusals, long cursor, long ackedSeq,
                         boolean loadingSnapshot) {}
