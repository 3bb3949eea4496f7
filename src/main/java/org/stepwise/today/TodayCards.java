package org.stepwise.today;

import java.util.List;
import org.stepwise.security.StepwiseUser;

/** Implemented by a module that has counts for the Today page; returns only what the user's role may see. */
public interface TodayCards {

    List<TodayCard> cardsFor(StepwiseUser user);
}
