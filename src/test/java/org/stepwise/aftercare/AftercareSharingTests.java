package org.stepwise.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.consents.Consents;
import org.stepwise.consents.Disclosure;
import org.stepwise.consents.Disclosures;
import org.stepwise.consents.InformationCategory;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.DischargeFixtures;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.Discharges;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.printing.PdfText;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * The plan shared with a support person only under a consent, and referred out carrying only what a consent allows;
 * each share and referral recorded as a disclosure.
 */
@StepwiseTest
@AutoConfigureMockMvc
class AftercareSharingTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired Discharges discharges;
    @Autowired Consents consents;
    @Autowired Disclosures disclosures;
    @Autowired AftercarePlans plans;
    @Autowired AftercareSharing sharing;
    @Autowired AftercareReferrals referrals;

    private AftercareFixtures fixtures() {
        return new AftercareFixtures(jdbc, clock, staff, admissions, discharges, consents);
    }

    private List<Disclosure> accounting(ClientId client, StaffMember who) {
        return SignedIn.as(who, () -> disclosures.accounting(client));
    }

    private int handouts(EpisodeId episode) {
        return jdbc.sql("SELECT count(*) FROM aftercare_handout h JOIN aftercare_plan p ON p.id = h.plan_id "
                + "WHERE p.episode_id = ?").param(episode.value()).query(Integer.class).single();
    }

    @Test
    void aFamilyShareIsRefusedWithoutAConsentNamingThePersonAndRecordedAsADisclosureWithOne() throws Exception {
        AftercareFixtures f = fixtures();
        DischargeFixtures.Admitted admitted = f.admit(ProgramKind.SUBSTANCE_USE, "Familywright");
        EpisodeId episode = admitted.episode();
        ClientId client = admitted.client();
        StaffMember clinician = f.clinician();
        UUID mara = f.supportPerson(client, "Mara Lee", "sister");
        SignedIn.as(clinician, () -> plans.save(episode, null, AftercareFixtures.content("Harbor Counseling",
                "Dr Okafor")));

        // No consent at all: refused, naming the consent that is missing; nothing recorded.
        assertThatThrownBy(() -> SignedIn.as(clinician, () -> sharing.share(episode, "SUPPORT_PERSON", mara, null,
                null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Not shared with Mara Lee (sister): this needs a 42 CFR Part 2 consent from "
                        + "the client naming Mara Lee, for care coordination, covering Treatment plan and Medications.");
        // A HIPAA authorization is not enough for Part 2 records, and a Part 2 consent for the plan alone does not
        // cover the medications the plan names: the page says so with a 409.
        f.consent(client, "Familywright", "HIPAA_AUTHORIZATION", List.of("TREATMENT_PLAN", "MEDICATIONS"),
                List.of("Mara Lee"), List.of(), List.of("CARE_COORDINATION"));
        f.consent(client, "Familywright", "PART2", List.of("TREATMENT_PLAN"), List.of("Mara Lee"), List.of(),
                List.of("CARE_COORDINATION"));
        MockHttpServletResponse page = mvc.perform(post("/episodes/" + episode + "/aftercare-plan/share").with(csrf())
                .with(SignedIn.as(clinician)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("supportPerson", mara.toString())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(409);
        assertThat(page.getContentAsString()).contains("does not cover: Medications.");
        assertThat(handouts(episode)).isZero();
        assertThat(accounting(client, clinician)).isEmpty();

        // With a Part 2 consent naming her for care coordination and covering both: shared, and disclosed.
        f.consent(client, "Familywright", "PART2", List.of("TREATMENT_PLAN", "MEDICATIONS"), List.of("Mara Lee"),
                List.of(), List.of("CARE_COORDINATION"));
        Handout handout = SignedIn.as(clinician, () -> sharing.share(episode, "SUPPORT_PERSON", mara, null, null));
        assertThat(handout.recipientName()).isEqualTo("Mara Lee");
        List<Disclosure> disclosed = accounting(client, clinician);
        assertThat(disclosed).hasSize(1);
        assertThat(disclosed.getFirst().id()).isEqualTo(handout.disclosure());
        assertThat(disclosed.getFirst().recipient().name()).isEqualTo("Mara Lee");
        assertThat(disclosed.getFirst().categories()).containsExactlyInAnyOrder(InformationCategory.TREATMENT_PLAN,
                InformationCategory.MEDICATIONS);
        // Recorded once however often it is sent.
        SignedIn.as(clinician, () -> sharing.share(episode, "SUPPORT_PERSON", mara, null, null));
        assertThat(handouts(episode)).isEqualTo(1);
        assertThat(accounting(client, clinician)).hasSize(1);
    }

    @Test
    void aReferralPacketLeavesOutWhatNoPart2ConsentNamingTheProviderCovers() throws Exception {
        AftercareFixtures f = fixtures();
        DischargeFixtures.Admitted admitted = f.admit(ProgramKind.SUBSTANCE_USE, "Referwright");
        EpisodeId episode = admitted.episode();
        ClientId client = admitted.client();
        new DischargeFixtures(jdbc, clock, staff, admissions, discharges).discharge(episode, DischargeType.STEPPED_DOWN,
                f.today());
        StaffMember clinician = f.clinician();
        SignedIn.as(clinician, () -> plans.save(episode, null, AftercareFixtures.content("Harbor Counseling",
                "Dr Okafor")));
        String refer = "/episodes/" + episode + "/aftercare-plan/referral";

        // A HIPAA authorization naming the provider does not reach Part 2 records: nothing is sent, the page says why.
        f.consent(client, "Referwright", "HIPAA_AUTHORIZATION", List.of("TREATMENT_PLAN", "MEDICATIONS", "DIAGNOSIS",
                "SUMMARY"), List.of("Harbor Counseling"), List.of(), List.of("TREATMENT"));
        MockHttpServletResponse refused = mvc.perform(post(refer).with(csrf()).with(SignedIn.as(clinician))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("Nothing was sent to Harbor Counseling",
                "No 42 CFR Part 2 consent is on file");
        assertThat(accounting(client, clinician)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM aftercare_referral r JOIN aftercare_plan p ON p.id = r.plan_id "
                + "WHERE p.episode_id = ?").param(episode.value()).query(Integer.class).single()).isZero();

        // A Part 2 consent naming the provider for the plan only: the plan goes, the rest is left out and named.
        f.consent(client, "Referwright", "PART2", List.of("TREATMENT_PLAN"), List.of("Harbor Counseling"), List.of(),
                List.of("TREATMENT"));
        MockHttpServletResponse sent = mvc.perform(post(refer).with(csrf()).with(SignedIn.as(clinician))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)).andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        String location = sent.getRedirectedUrl();
        String page = mvc.perform(get(location).with(SignedIn.as(clinician))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Aftercare plan", "Medication continuation: ", "Diagnoses: ",
                "Treatment summary (admission and discharge): ", "does not cover: Medications.");

        String text = PdfText.of(mvc.perform(get(location + "/pdf").with(SignedIn.as(clinician))).andReturn()
                .getResponse().getContentAsByteArray());
        assertThat(text).contains("Referral to Harbor Counseling", "Robin Referwright", "SMART Recovery",
                "State vocational rehabilitation office", "42 CFR part 2");
        assertThat(text).doesNotContain("F33.1", "Sertraline", "Dr Okafor", "Diagnoses", "Discharged",
                "Medication continuation");

        List<Disclosure> disclosed = accounting(client, clinician);
        assertThat(disclosed).hasSize(1);
        assertThat(disclosed.getFirst().recipient().name()).isEqualTo("Harbor Counseling");
        assertThat(disclosed.getFirst().categories()).containsExactly(InformationCategory.TREATMENT_PLAN);
    }

    @Test
    void aMentalHealthEpisodesReferralGoesWholeUnderAHipaaAuthorization() {
        AftercareFixtures f = fixtures();
        DischargeFixtures.Admitted admitted = f.admit(ProgramKind.MENTAL_HEALTH, "Wholewright");
        EpisodeId episode = admitted.episode();
        StaffMember caseManager = f.caseManager();
        SignedIn.as(caseManager, () -> plans.save(episode, null, AftercareFixtures.content("Bayview Clinic",
                "Dr Okafor")));
        f.consent(admitted.client(), "Wholewright", "HIPAA_AUTHORIZATION", List.of("TREATMENT_PLAN", "MEDICATIONS",
                "DIAGNOSIS"), List.of(), List.of("TREATING_PROVIDERS"), List.of("TREATMENT"));
        ReferralOut referral = SignedIn.as(caseManager, () -> referrals.refer(episode, null, null));
        assertThat(referral.recipientName()).isEqualTo("Bayview Clinic");
        assertThat(referral.included()).containsExactly(PacketSection.AFTERCARE_PLAN, PacketSection.MEDICATIONS,
                PacketSection.DIAGNOSES);
        assertThat(referral.leftOut()).isEmpty();
        String text = PdfText.of(SignedIn.as(caseManager, () -> referrals.packet(episode, referral.id())).bytes());
        assertThat(text).contains("F33.1", "Sertraline 100 mg daily", "Bayview Clinic").doesNotContain("42 CFR part 2");
    }
}
