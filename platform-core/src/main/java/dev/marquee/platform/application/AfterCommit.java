package dev.marquee.platform.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs work once the current transaction has committed (announcing a change with {@code fireAsync}
 * before the commit would let observers read the old state), or at once outside a transaction.
 */
@ApplicationScoped
public class AfterCommit {

    @Resource
    TransactionSynchronizationRegistry registry;

    public void run(Runnable work) {
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            work.run();
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    work.run();
                }
            }
        });
    }
}
