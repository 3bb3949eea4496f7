/**
 * The re-engagement rule as plain Java (no Spring, no database): {@link org.stepwise.followup.rules.ReEngagementRule}
 * reads an outcome check, the last PHQ-9 before discharge and the failed attempts, and says why the client needs
 * re-engaging, if they do. Change between scores is judged by {@code measures.ScoreChange} only.
 */
@NullMarked
package org.stepwise.followup.rules;

import org.jspecify.annotations.NullMarked;
