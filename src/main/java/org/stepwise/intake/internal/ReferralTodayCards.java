package org.stepwise.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.intake.referral.ReferralStatus;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/**
 * The intake pipeline on the Today page of those who hold INTAKE: referrals awaiting first contact (needing attention
 * when any has waited more than two days) and referrals in screening or assessment.
 */
@Component
class ReferralTodayCards implements TodayCards {

    static final Duration FIRST_CONTACT_WITHIN = Duration.ofDays(2);

    private final Referrals referrals;
    private final MessageSource messages;
    private final Clock clock;

    ReferralTodayCards(Referrals referrals, MessageSource messages, Clock clock) {
        this.referrals = referrals;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        if (!user.can(Permission.INTAKE)) {
            return List.of();
        }
        long awaiting = referrals.countWithStatus(List.of(ReferralStatus.NEW));
        long overdue = referrals.countNewReceivedBefore(clock.instant().minus(FIRST_CONTACT_WITHIN));
        long inProgress = referrals.countWithStatus(List.of(ReferralStatus.SCREENING, ReferralStatus.ASSESSMENT));
        return List.of(
                new TodayCard(text("referrals.today.awaitingFirstContact"), awaiting, "/intake/referrals#stage-NEW",
                        overdue > 0),
                new TodayCard(text("referrals.today.inScreeningOrAssessment"), inProgress,
                        "/intake/referrals#stage-SCREENING", false));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
