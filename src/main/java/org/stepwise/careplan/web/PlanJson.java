package org.stepwise.careplan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.careplan.PlanContent;
import org.stepwise.careplan.PlanReview;
import org.stepwise.careplan.PlanSignature;
import org.stepwise.careplan.PlanVersion;
import org.stepwise.careplan.TreatmentPlan;

/** The JSON of a plan: its lock version, review due, every version (content, hash, signatures) and every review. */
record PlanJson(String id, String episodeId, String clientId, int version, boolean part2,
        @Nullable Integer latestVersion, @Nullable Integer versionInEffect, ReviewDueJson reviewDue,
        List<VersionJson> versions, List<PlanReview> reviews) {

    record ReviewDueJson(LocalDate dueOn, LocalDate countedFrom, String basis, int ruleDays, long daysLeft,
            boolean overdue) {}

    record SignatureJson(String role, String signerName, @Nullable String credential, LocalDate signedOn,
            String staffId, String staffName, Instant recordedAt, String contentHash) {

        static SignatureJson of(PlanSignature s) {
            return new SignatureJson(s.role().name(), s.signerName(), s.credential(), s.signedOn(), s.staff().toString(),
                    s.staffName(), s.recordedAt(), s.contentHash());
        }
    }

    record VersionJson(int number, String status, String origin, @Nullable LocalDate effectiveOn, String contentHash,
            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, List<String> missingSignatures,
            List<SignatureJson> signatures, PlanContent content) {

        static VersionJson of(PlanVersion v) {
            return new VersionJson(v.number(), v.status().name(), v.origin().name(), v.effectiveOn(), v.contentHash(),
                    v.createdAt(), v.createdBy(), v.updatedAt(), v.updatedBy(),
                    v.missingSignatures().stream().map(Enum::name).toList(),
                    v.signatures().stream().map(SignatureJson::of).toList(), v.content());
        }
    }

    static PlanJson of(TreatmentPlan plan) {
        var due = plan.reviewDue();
        return new PlanJson(plan.id().toString(), plan.episode().toString(), plan.client().toString(), plan.version(),
                plan.part2(), plan.latest().map(PlanVersion::number).orElse(null),
                plan.inEffect().map(PlanVersion::number).orElse(null),
                new ReviewDueJson(due.dueOn(), due.countedFrom(), due.basis().name(), due.ruleDays(), due.daysLeft(),
                        due.overdue()),
                plan.versions().stream().map(VersionJson::of).toList(), plan.reviews());
    }
}
