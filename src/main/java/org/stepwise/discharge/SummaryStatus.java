package org.stepwise.discharge;

/** A summary is a draft the clinician completes until they sign it; signed, it is final. */
public enum SummaryStatus {
    DRAFT,
    SIGNED
}
