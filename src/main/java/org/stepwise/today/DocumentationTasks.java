package org.stepwise.today;

import java.util.List;
import org.stepwise.security.StepwiseUser;

/**
 * Implemented by a module that owes paperwork to a person (notes to sign, co-signatures, plan reviews): the Today page
 * merges every module's tasks into one documentation queue, oldest first. Returns only the user's own work, and audits
 * the client records it names as the module's other lists do.
 */
public interface DocumentationTasks {

    List<DocumentationTask> tasksFor(StepwiseUser user);
}
