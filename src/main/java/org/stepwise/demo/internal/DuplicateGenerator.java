package org.stepwise.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stepwise.demo.ClinicSpec;
import org.stepwise.demo.SyntheticClinic.Client;
import org.stepwise.demo.SyntheticClinic.Deletion;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Role;

/**
 * A couple of duplicate registrations (one per thousand clients, at least two): the same person registered again a few
 * days later, found and soft-deleted with a reason that names the original record.
 */
final class DuplicateGenerator {

    static final String REASON = "Duplicate of %s: the same person was registered twice at intake.";

    private DuplicateGenerator() {}

    static int count(int clients) {
        return clients == 0 ? 0 : Math.max(2, clients / 1000);
    }

    static List<Client> generate(ClinicSpec spec, List<Client> clients, StaffPool staff, BusinessHours hours,
            Dice dice) {
        LocalDate latestOriginal = spec.asOf().minusDays(20);
        List<Client> eligible = clients.stream()
                .filter(c -> !hours.dayOf(c.createdAt()).isAfter(latestOriginal))
                .toList();
        List<Client> duplicates = new ArrayList<>();
        for (int index : dice.distinctIndexes(count(clients.size()), eligible.size())) {
            Client original = eligible.get(index);
            LocalDate originalDay = hours.dayOf(original.createdAt());
            Instant registered = hours.between(originalDay.plusDays(1), originalDay.plusDays(6), dice);
            LocalDate registeredDay = hours.dayOf(registered);
            Instant deleted = hours.between(registeredDay.plusDays(1), registeredDay.plusDays(11), dice);
            String registeredBy = staff.usernameAt(original.homeSite(), Role.FRONT_DESK, dice);
            String deletedBy = staff.usernameAt(original.homeSite(), Role.INTAKE_COORDINATOR, dice);
            duplicates.add(new Client(new ClientId(dice.uuid()), original.homeSite(), original.givenName(),
                    original.familyName(), null, null, original.dateOfBirth(), original.sexAtBirth(), null,
                    original.preferredLanguage(), original.interpreterNeeded(), original.phone(), null,
                    original.address(), null, registered, registeredBy, deleted, deletedBy, 1,
                    new Deletion(deleted, deletedBy, original.id(), REASON)));
        }
        return duplicates;
    }
}
