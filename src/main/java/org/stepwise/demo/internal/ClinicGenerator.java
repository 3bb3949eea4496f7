package org.stepwise.demo.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stepwise.demo.ClinicSpec;
import org.stepwise.demo.SyntheticClinic;
import org.stepwise.demo.SyntheticClinic.Client;
import org.stepwise.demo.SyntheticClinic.Staff;
import org.stepwise.demo.internal.ClientGenerator.Registered;
import org.stepwise.demo.internal.OrganisationGenerator.Organisation;

/**
 * Builds a synthetic clinic, one generator per kind of record. Each generator draws from a dice split off the seed in a
 * fixed order; a generator added later (episodes, schedules, scores) must split its dice after the existing ones so
 * that the records they make stay the same for a seed.
 */
public final class ClinicGenerator {

    private ClinicGenerator() {}

    public static SyntheticClinic generate(ClinicSpec spec) {
        Dice seed = new Dice(spec.seed());
        Dice organisationDice = seed.split();
        Dice staffDice = seed.split();
        Dice credentialDice = seed.split();
        Dice clientDice = seed.split();
        Dice duplicateDice = seed.split();
        Dice supportDice = seed.split();
        Dice careTeamDice = seed.split();
        Dice episodeDice = seed.split();
        Dice templateDice = seed.split();
        Dice availabilityDice = seed.split();

        BusinessHours hours = new BusinessHours(spec.zone());
        Organisation organisation = OrganisationGenerator.generate(spec, organisationDice);
        List<Staff> staff = StaffGenerator.generate(spec, organisation.sites(), hours, staffDice);
        var credentials = CredentialGenerator.generate(spec, organisation.sites(), staff, credentialDice);

        StaffPool registrars = new StaffPool(staff);
        List<Registered> registered = ClientGenerator.generate(spec, organisation.sites(), registrars, hours, clientDice);
        List<Client> active = registered.stream().map(Registered::client).toList();
        List<Client> clients = new ArrayList<>(active);
        clients.addAll(DuplicateGenerator.generate(spec, active, registrars, hours, duplicateDice));
        clients.sort(Comparator.comparing(Client::createdAt).thenComparing(c -> c.id().value()));

        var supportPeople = SupportNetworkGenerator.generate(registered, supportDice);
        var careTeams = CareTeamGenerator.generate(spec, active, new StaffPool(staff), hours, careTeamDice);

        var episodes = EpisodeGenerator.generate(spec, active, organisation.programs(), organisation.tracks(), careTeams,
                hours, episodeDice);
        var templates = TemplateGenerator.generate(organisation.programs(), organisation.tracks(), organisation.rooms(),
                staff, templateDice);
        var availabilities = AvailabilityGenerator.generate(episodes, organisation.tracks(), availabilityDice);

        return new SyntheticClinic(spec, organisation.sites(), organisation.programs(), organisation.tracks(),
                organisation.rooms(), staff, credentials, clients, supportPeople, careTeams, episodes,
                templates.blocks(), templates.topics(), availabilities);
    }
}
