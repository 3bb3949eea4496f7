package org.stepwise.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.audit.internal.AuditRow;
import org.stepwise.audit.internal.AuditRows;
import org.stepwise.audit.internal.ChainCheck;

/**
 * Verifies the whole audit log: walks every row in sequence order in batches (constant memory, so millions of rows
 * are fine), recomputes each hash, checks that the sequence is gapless from 1 and that each row links to the one
 * before, and that the newest row is the one the chain head records. Reads one consistent snapshot, so rows appended
 * while it runs neither disturb it nor count as inserted.
 */
@Service
public class AuditVerifier {

    static final int DEFAULT_BATCH_SIZE = 5_000;

    private final AuditRows rows;
    private final TransactionTemplate snapshot;
    private final int batchSize;

    @Autowired
    AuditVerifier(AuditRows rows, PlatformTransactionManager transactions) {
        this(rows, transactions, DEFAULT_BATCH_SIZE);
    }

    /** @param batchSize rows read per query (the default is {@value #DEFAULT_BATCH_SIZE}) */
    public AuditVerifier(AuditRows rows, PlatformTransactionManager transactions, int batchSize) {
        this.rows = rows;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.batchSize = batchSize;
    }

    public AuditVerification verify() {
        AuditVerification verdict = snapshot.execute(status -> walk());
        if (verdict == null) {
            throw new IllegalStateException("the verification returned nothing");
        }
        return verdict;
    }

    private AuditVerification walk() {
        Optional<AuditRows.Head> head = rows.head();
        if (head.isEmpty()) {
            return AuditVerification.broken(0, 0, ChainProblem.HEAD_MISMATCH, "The chain head (the record of the "
                    + "newest row) is missing, so deleted newest rows cannot be ruled out. It was deleted.");
        }
        ChainCheck check = new ChainCheck(head.get().seq(), head.get().hash());
        long after = 0;
        while (true) {
            List<AuditRow> batch = rows.after(after, batchSize);
            for (AuditRow row : batch) {
                if (!check.offer(row)) {
                    return check.finish();
                }
            }
            if (batch.size() < batchSize) {
                return check.finish();
            }
            after = batch.getLast().seq();
        }
    }
}
