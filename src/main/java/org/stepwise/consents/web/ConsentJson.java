package org.stepwise.consents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.consents.Consent;
import org.stepwise.consents.ConsentTerms;
import org.stepwise.consents.Disclosure;
import org.stepwise.consents.DisclosureDecision;
import org.stepwise.consents.NewConsent;
import org.stepwise.consents.NewDisclosure;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** The JSON shapes of the consents API; see docs/api/consents.md. */
final class ConsentJson {

    private ConsentJson() {}

    record ConsentRequest(@Nullable String id, @Nullable String kind, @Nullable String scope, @Nullable String discloser,
            @Nullable List<String> categories, @Nullable String informationDetail, @Nullable List<String> recipientNames,
            @Nullable List<String> recipientClasses, @Nullable List<String> purposes, @Nullable String purposeDescription,
            @Nullable String revocationStatement, @Nullable String expiresOn, @Nullable String expiryEvent,
            @Nullable String signer, @Nullable String signerName, @Nullable String representativeAuthority,
            @Nullable Boolean agreed) {

        NewConsent toNew() {
            return new NewConsent(id, kind, scope, discloser, categories, informationDetail, recipientNames,
                    recipientClasses, purposes, purposeDescription, revocationStatement, expiresOn, expiryEvent, signer,
                    signerName, representativeAuthority, agreed);
        }
    }

    record RevocationRequest(@Nullable String revokedOn, @Nullable String method, @Nullable String note) {}

    record ExpiryEventRequest(@Nullable String occurredOn, @Nullable String note) {}

    record DisclosureRequestJson(@Nullable String recipientName, @Nullable String recipientClass,
            @Nullable String purpose, @Nullable List<String> categories, @Nullable String on,
            @Nullable String protection) {

        NewDisclosure toNew() {
            return new NewDisclosure(recipientName, recipientClass, purpose, categories, on, protection);
        }
    }

    record StaffRef(String id, String name) {}

    record SignatureJson(String signer, String signerName, @Nullable String representativeAuthority, Instant signedAt,
            LocalDate signedOn, StaffRef witnessedBy) {}

    record RevocationJson(LocalDate revokedOn, String method, @Nullable String note, StaffRef recordedBy,
            Instant recordedAt) {}

    record ExpiryEventJson(LocalDate occurredOn, @Nullable String note, StaffRef recordedBy, Instant recordedAt) {}

    record ConsentResource(String id, String clientId, String kind, String status, String patientName,
            @Nullable String scope, @Nullable String discloser, List<String> categories,
            @Nullable String informationDetail, List<String> recipientNames, List<String> recipientClasses,
            List<String> purposes, @Nullable String purposeDescription, @Nullable String revocationStatement,
            @Nullable LocalDate expiresOn, @Nullable String expiryEvent, SignatureJson signature, String contentHash,
            boolean intact, @Nullable RevocationJson revocation, @Nullable ExpiryEventJson expiryEventOccurred) {}

    record DecisionJson(boolean permitted, String reason, @Nullable String consentId, List<String> missingCategories,
            @Nullable String redisclosureNotice) {

        static DecisionJson of(DisclosureDecision d, @Nullable String notice) {
            return new DecisionJson(d.permitted(), d.reason(), d.consent() == null ? null : d.consent().toString(),
                    d.missingCategories().stream().map(Enum::name).toList(), d.permitted() ? notice : null);
        }
    }

    record DisclosureResource(String id, String clientId, String consentId, String recipientName,
            @Nullable String recipientClass, String purpose, List<String> categories, LocalDate disclosedOn,
            String noticeEdition, StaffRef recordedBy, Instant recordedAt) {}

    record DisclosedResource(DisclosureResource disclosure, String reason, String redisclosureNotice) {}

    record NoticeResource(String edition, String notice, String abbreviated) {}

    /** Turns consents and disclosures into JSON, naming each staff member once per response. */
    static final class Writer {

        private final StaffDirectory staff;
        private final LocalDate today;
        private final Map<StaffId, StaffRef> names = new HashMap<>();

        Writer(StaffDirectory staff, LocalDate today) {
            this.staff = staff;
            this.today = today;
        }

        ConsentResource consent(Consent c) {
            ConsentTerms t = c.terms();
            var s = t.signature();
            return new ConsentResource(c.id().toString(), c.client().toString(), t.kind().name(),
                    c.statusOn(today).name(), t.patientName(), t.scope(), t.discloser(), names(t.categories()),
                    t.informationDetail(), t.recipientNames(), names(t.recipientClasses()), names(t.purposes()),
                    t.purposeDescription(), t.revocationStatement(), t.expiresOn(), t.expiryEvent(),
                    new SignatureJson(s.signer().name(), s.signerName(), s.representativeAuthority(), s.signedAt(),
                            s.signedOn(), ref(s.witnessedBy())),
                    c.contentHash(), c.intact(),
                    c.revocation().map(r -> new RevocationJson(r.revokedOn(), r.method().name(), r.note(),
                            ref(r.recordedBy()), r.recordedAt())).orElse(null),
                    c.expiryEventRecord().map(e -> new ExpiryEventJson(e.occurredOn(), e.note(), ref(e.recordedBy()),
                            e.recordedAt())).orElse(null));
        }

        DisclosureResource disclosure(Disclosure d) {
            return new DisclosureResource(d.id().toString(), d.client().toString(), d.consent().toString(),
                    d.recipient().name(), d.recipient().recipientClass() == null ? null
                            : d.recipient().recipientClass().name(),
                    d.purpose().name(), names(d.categories()), d.disclosedOn(), d.noticeEdition(), ref(d.recordedBy()),
                    d.recordedAt());
        }

        private StaffRef ref(StaffId id) {
            return names.computeIfAbsent(id, key -> new StaffRef(key.toString(),
                    staff.byId(key).map(StaffMember::displayName).orElse("")));
        }

        private static List<String> names(List<? extends Enum<?>> values) {
            return values.stream().map(v -> v.name()).toList();
        }
    }
}
