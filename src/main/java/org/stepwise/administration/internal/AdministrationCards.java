package org.stepwise.administration.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stepwise.security.AccountOverview;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.staff.StaffCredentials;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/**
 * Administrators see locked accounts and credentials to renew; program directors see the staff credentials that expire
 * soon, since an expired licence takes a clinician off the schedule.
 */
@Component
class AdministrationCards implements TodayCards {

    private final AccountOverview accounts;
    private final StaffCredentials credentials;

    AdministrationCards(AccountOverview accounts, StaffCredentials credentials) {
        this.accounts = accounts;
        this.credentials = credentials;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        List<TodayCard> cards = new ArrayList<>();
        if (user.can(Permission.SECURITY_ADMIN) || user.can(Permission.STAFF_ADMIN)) {
            cards.add(new TodayCard("Locked accounts", accounts.lockedCount(), "/admin/security", true));
        }
        if (user.can(Permission.STAFF_ADMIN)) {
            cards.add(new TodayCard("Credentials expiring within " + StaffCredentials.ATTENTION_DAYS + " days",
                    credentials.countNeedingAttention(), "/staff/credentials", true));
        } else if (user.can(Permission.PROGRAM_OVERSIGHT)) {
            cards.add(new TodayCard("Staff credentials expiring within " + StaffCredentials.ATTENTION_DAYS + " days",
                    credentials.countNeedingAttention(), "/staff/credentials", true));
        }
        return cards;
    }
}
