package org.stepwise.staff;

import java.util.Collection;
import java.util.Map;
import org.stepwise.shared.StaffId;

/**
 * Implemented by the module that owns logins (security), so that staff pages can show each account's sign-in state
 * without this module depending on it. A member without a login is missing from the map.
 */
public interface AccountStatuses {

    Map<StaffId, AccountStatus> of(Collection<StaffId> staff);
}
