package org.stepwise.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.TestClients;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

@StepwiseTest
class ClinicalPrintsTests {

    @Autowired ClinicalPrints prints;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory staff;
    @Autowired Clock clock;

    @Test
    void printsTheDocumentWithTheRedisclosureNoticeAndAuditsThePrint() {
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, "Printwell"));
        String title = "Note " + UUID.randomUUID();

        Pdf pdf = SignedIn.as(staff, Role.CLINICIAN, () -> prints.print(request(client, title, "Dose < 8 mg & stable", true)));

        String text = PdfText.of(pdf.bytes());
        assertThat(text).contains(title).contains("Dose < 8 mg & stable")
                .contains("42 CFR part 2").contains("Printed by");
        assertThat(pdf.fileName()).isEqualTo("note.pdf");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'PRINT' AND subject = 'test"
                        + " document' AND detail LIKE '%redisclosure notice%'")
                .param(client.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDocumentThatIsNotAPart2RecordHasNoNotice() {
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, "Printwell"));

        Pdf pdf = SignedIn.as(staff, Role.CLINICIAN, () -> prints.print(request(client, "Plain", "Nothing about use", false)));

        assertThat(PdfText.of(pdf.bytes())).contains("Nothing about use").doesNotContainIgnoringCase("42 CFR part 2");
        assertThat(PdfText.pages(pdf.bytes())).isEqualTo(1);
    }

    private static ClinicalPrints.PrintRequest request(ClientId client, String title, String body, boolean part2) {
        return new ClinicalPrints.PrintRequest(client, "print/test-document", Map.of("title", title, "body", body),
                "note.pdf", "test document", "printed " + title, part2);
    }
}
