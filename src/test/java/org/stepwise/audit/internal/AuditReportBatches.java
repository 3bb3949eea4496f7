package org.stepwise.audit.internal;

/** The report's batch sizes, for tests outside this package that must cross a batch boundary. */
public final class AuditReportBatches {

    public static final int EXPORT = AuditReport.EXPORT_BATCH_SIZE;

    private AuditReportBatches() {}
}
