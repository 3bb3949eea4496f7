package org.stepwise.demo.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.stepwise.demo.ClinicSpec;
import org.stepwise.demo.SyntheticClinic.Period;
import org.stepwise.demo.SyntheticClinic.Program;
import org.stepwise.demo.SyntheticClinic.ProgramKind;
import org.stepwise.demo.SyntheticClinic.Room;
import org.stepwise.demo.SyntheticClinic.Site;
import org.stepwise.demo.SyntheticClinic.Track;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.TrackId;

/**
 * Sites, the three programs (mental health, substance use, co-occurring; placed on the sites in turn), a day and an
 * evening track per program, and rooms per site: group rooms scaled to the site's clients, a family room, offices.
 */
final class OrganisationGenerator {

    record Organisation(List<Site> sites, List<Program> programs, List<Track> tracks, List<Room> rooms) {}

    /** A program's name, its kind, and the weekly hours (9 to 19 for adults) and lengths of stay a clinic may choose. */
    private record ProgramPlan(String name, ProgramKind kind, List<String> weeklyHours, List<Integer> lengthDays) {}

    private static final List<ProgramPlan> PROGRAMS = List.of(
            new ProgramPlan("Mental Health IOP", ProgramKind.MENTAL_HEALTH, List.of("9.0", "10.5", "12.0"),
                    List.of(42, 56, 70)),
            new ProgramPlan("Substance Use IOP", ProgramKind.SUBSTANCE_USE, List.of("9.0", "10.5", "12.0"),
                    List.of(56, 84, 90)),
            new ProgramPlan("Co-occurring IOP", ProgramKind.CO_OCCURRING, List.of("12.0", "13.5", "15.0"),
                    List.of(70, 84, 90)));

    private OrganisationGenerator() {}

    static Organisation generate(ClinicSpec spec, Dice dice) {
        List<Site> sites = sites(spec, dice);
        List<Program> programs = new ArrayList<>();
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < PROGRAMS.size(); i++) {
            ProgramPlan plan = PROGRAMS.get(i);
            Program program = new Program(new ProgramId(dice.uuid()), sites.get(i % sites.size()).id(), plan.name(),
                    plan.kind(), new BigDecimal(dice.pick(plan.weeklyHours())), dice.pick(plan.lengthDays()));
            programs.add(program);
            tracks.add(new Track(new TrackId(dice.uuid()), program.id(), "Day track", Period.DAY, dice.between(12, 24)));
            tracks.add(new Track(new TrackId(dice.uuid()), program.id(), "Evening track", Period.EVENING,
                    dice.between(10, 18)));
        }
        List<Room> rooms = new ArrayList<>();
        int clientsPerSite = (spec.clients() + sites.size() - 1) / sites.size();
        for (Site site : sites) {
            rooms.addAll(rooms(site.id(), clientsPerSite, dice));
        }
        return new Organisation(sites, programs, tracks, rooms);
    }

    private static List<Site> sites(ClinicSpec spec, Dice dice) {
        String state = dice.pick(Places.STATES);
        List<String> names = new ArrayList<>(Places.SITE_NAMES);
        dice.shuffle(names);
        List<String> towns = new ArrayList<>(Places.TOWNS);
        dice.shuffle(towns);
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < spec.sites(); i++) {
            String name = i < names.size() ? names.get(i) : names.get(i % names.size()) + " " + (i / names.size() + 1);
            String town = towns.get(i % towns.size());
            String address = Places.siteAddress(dice) + ", " + town + ", " + state + " " + Places.postalCode(town, dice);
            sites.add(new Site(new SiteId(dice.uuid()), name, address, spec.zone().getId(), "988", town, state,
                    dice.pick(Places.AREA_CODES)));
        }
        return sites;
    }

    private static List<Room> rooms(SiteId site, int clients, Dice dice) {
        List<Room> rooms = new ArrayList<>();
        int groupRooms = Math.clamp(2 + clients / 150, 2, 26);
        for (int i = 0; i < groupRooms; i++) {
            rooms.add(new Room(new RoomId(dice.uuid()), site, "Group Room " + (char) ('A' + i), dice.between(8, 14)));
        }
        rooms.add(new Room(new RoomId(dice.uuid()), site, "Family Room", 6));
        int offices = Math.clamp(clients / 24 + 1, 2, 30);
        for (int i = 1; i <= offices; i++) {
            rooms.add(new Room(new RoomId(dice.uuid()), site, "Office " + i, dice.between(2, 3)));
        }
        return rooms;
    }
}
