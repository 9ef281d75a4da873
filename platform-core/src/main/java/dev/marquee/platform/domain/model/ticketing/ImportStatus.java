package dev.marquee.platform.domain.model.ticketing;

/** How an import run stands. */
public enum ImportStatus {
    RUNNING, SUCCEEDED, FAILED
}
