package org.gazette.testsite;

import java.util.List;
import java.util.Map;

/**
 * The word pools the {@link StoryWriter} draws from. Every name, place and sentence here is
 * invented for this fixture. Everything is representable in windows-1252, and many entries use
 * characters whose windows-1252 and UTF-8 encodings differ (curly quotes, dashes, accents, the
 * euro sign) so a wrongly decoded page is easy to spot.
 */
final class Prose {

    static final String SITE_NAME = "The Harbour Courier";

    static final List<String> SECTIONS = List.of("world", "science", "culture");

    static final Map<String, String> SECTION_TITLES = Map.of(
            "world", "World", "science", "Science", "culture", "Culture");

    static final List<String> REPORTERS = List.of(
            "Maren Okafor", "Tomás Reyes-Hale", "Ingrid Solberg", "Dev Rao", "Colette Mérieux",
            "Ruairí Byrne", "Søren Lund", "Aylin Demir", "Kwame Mensah", "Beatriz Nuñez",
            "Jonah Whitlock", "Noémie Garnier", "Oskar Lindqvist", "Yusuf Haddad", "Priya Castellano");

    static final List<String> PEOPLE = List.of(
            "Elsa Varga", "Matteo Brancati", "Grace Adeyemi", "Hugo Fairbairn", "Ana Lúcia Prado",
            "Rasmus Ekholm", "Zainab Qureshi", "Laurent Dufresne", "Mei-Lin Chao", "Patrick Nolan-Ward",
            "Ines Ferreira", "Theo Brandvold");

    static final List<String> ROLES = List.of(
            "the harbour master", "a spokesperson for the council", "the committee’s chair",
            "a senior researcher", "the festival director", "a local shop owner", "the deputy mayor",
            "an independent analyst", "the museum’s curator", "a union representative");

    static final List<String> PLACES = List.of(
            "Port Ellery", "Brackwater", "Linden Vale", "Saltmarsh Quay", "Kestrel Point", "New Harrow",
            "Wendmoor", "Calder Ford", "Sainte-Évelyne", "Mirren Isle", "Ålsund", "Müllerbach");

    static final List<String> ORGANISATIONS = List.of(
            "the Harbour Authority", "the Regional Water Board", "Kestrel Point Observatory",
            "the Linden Vale Arts Council", "the Coastal Freight Union", "the Ministry of Transport",
            "Brackwater University", "the Northern Fisheries Cooperative", "the City Museum",
            "the Tidewater Institute");

    static final Map<String, List<String>> HEADLINES = Map.of(
            "world", List.of(
                    "{Place} council approves {thing} after marathon session",
                    "Ferry strike enters its {ordinal} day in {place}",
                    "Talks between {place} and {place2} stall over fishing rights",
                    "{Org} pledges €{n} million to rebuild the {place} sea wall",
                    "Voters in {place} back plan to {action}",
                    "Storm damage closes the coast road near {place}",
                    "{Person} named new envoy to {place2}",
                    "Port workers in {place} return after {n}-day stoppage"),
            "science", List.of(
                    "Researchers at {org} map {thing} off {place}",
                    "Survey finds seagrass returning to {place} bay",
                    "{Place} telescope records an unusually bright meteor",
                    "Study links warmer winters to earlier bird migration in {place}",
                    "{Org} tests a tidal turbine near {place}",
                    "Volunteers count {n} species on {place} shoreline",
                    "Why the lighthouse at {place} is sinking, explained",
                    "{Person} wins award for work on coastal erosion"),
            "culture", List.of(
                    "{Place} festival returns with {n} free concerts",
                    "Review: a quiet, clever staging of “The Lantern Keeper” in {place}",
                    "Museum in {place} reopens its maritime wing",
                    "{Person} on writing the novel that took {n} years",
                    "A café in {place} becomes an unlikely poetry venue",
                    "{Org} buys a lost painting of the {place} harbour",
                    "Street choirs fill {place} for the midsummer weekend",
                    "The best new books about the sea — our critics’ picks"));

    static final List<String> THINGS = List.of(
            "a new ferry timetable", "a budget for the harbour", "the cable car plan",
            "a ban on night-time dredging", "the old quarry site", "a shipwreck field", "a kelp forest",
            "the north breakwater");

    static final List<String> ACTIONS = List.of(
            "pedestrianise the old town", "buy back the ferry line", "restore the tram route",
            "cap holiday rentals", "open the quay to night markets");

    static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth");

    /** Opening sentences; the first paragraph starts with one of them. */
    static final List<String> LEADS = List.of(
            "{Org} said on {weekday} that work would begin before the end of the year.",
            "The decision, reached late on {weekday}, ends months of uncertainty in {place}.",
            "For the first time in {n} years, {place} has something to celebrate.",
            "Residents of {place} woke on {weekday} to find the harbour unusually quiet.",
            "It began, as these things often do, with a single letter to the local paper.",
            "A plan that was written off last spring is suddenly back on the table in {place}.");

    /** Body sentences, joined two to four at a time into paragraphs. */
    static final List<String> SENTENCES = List.of(
            "“We are not there yet,” said {person}, {role}, “but we are closer than we were.”",
            "The cost, estimated at €{n} million, will be shared between {org} and the national government.",
            "Critics argue that the timetable is unrealistic — and that the money could be better spent elsewhere.",
            "{person} told the Courier that the first results were “encouraging, if not conclusive”.",
            "Figures published by {org} show a rise of {n} per cent over the past decade.",
            "The proposal will now go to a public consultation, which closes at the end of {month}.",
            "Several residents said they had not been told about the meeting until it was over.",
            "Those who attended described the mood in the hall as tense but civil.",
            "Fishing crews in {place} have long complained that their concerns are ignored.",
            "The last comparable project, in {place2}, ran two years late and far over budget.",
            "Not everyone is convinced: some traders fear a drop in passing trade during the works.",
            "Engineers expect the first phase to take about {n} months, weather permitting.",
            "The report’s authors caution that the sample was small and the season unusually mild.",
            "A spokesperson for {org} declined to comment on the details of the agreement.",
            "At the quayside on {weekday}, the talk was of little else.",
            "Local schools have been invited to take part, and {n} classes have already signed up.",
            "The idea is not new; a similar scheme was proposed in {place2} in the 1990s.",
            "{person}, who has lived in {place} all her life, said the change was overdue.",
            "Data collected over {n} nights suggests the pattern is seasonal rather than permanent.",
            "Visitors are advised to check the timetable before travelling, as services remain limited.",
            "The café on the corner has stayed open throughout, serving soup to the volunteers.",
            "Organisers say tickets sold out within an hour, a record for the event.",
            "“It’s a small town, and everyone has an opinion,” {person} said with a laugh.",
            "The council’s own review, leaked last month, reached much the same conclusion.",
            "Funding for the next stage has not yet been confirmed.",
            "Observers noted that the vote was closer than expected: {n} in favour, a handful against.",
            "The naïve view, one researcher said, is that the sea simply takes what it wants.",
            "Much depends on the winter storms, which have grown stronger in recent years.",
            "In a statement, {org} said it would “listen carefully” to the objections raised.",
            "The exhibition runs until the end of {month} and admission is free for under-18s.",
            "Rehearsals took place in a disused net loft above the harbour.",
            "Some of the instruments used in the survey were built by students at {org}.",
            "The figures are provisional and will be revised when the full dataset is published.",
            "Ferries to {place2} will run on a reduced timetable until further notice.",
            "Her résumé includes a decade at sea and two terms on the harbour board.",
            "For now, the boats stay tied up, and the gulls have the pier to themselves.",
            "The plan also includes a new footpath along the cliffs, to be finished by {month}.",
            "{person} said the team had been “pleasantly surprised” by the turnout.",
            "A second meeting is planned for {weekday}, when the detailed drawings will be shown.",
            "Maintenance crews worked through the night to clear the debris from the road.");

    /** Closing lines, sometimes appended as a last paragraph. */
    static final List<String> KICKERS = List.of(
            "The consultation is open until the end of {month}.",
            "The Courier will follow the story as it develops.",
            "{person} will answer readers’ questions in a live session on {weekday}.",
            "Additional reporting by {reporter}.");

    static final List<String> CAPTIONS = List.of(
            "The harbour at {place} at first light.", "Volunteers on the shoreline near {place}.",
            "The council chamber during {weekday}’s debate.", "A view of {place} from the north breakwater.",
            "Rehearsals in the old net loft.");

    static final List<String> COMMENTERS = List.of("tidewatcher", "quayside_jo", "Old Salt 1962", "m.fenwick",
            "gullfriend", "NorthPier");

    static final List<String> COMMENTS = List.of(
            "Been saying this for years. Nobody listens until it’s too late.",
            "Great reporting, thank you. More of this please.",
            "Who exactly is paying for all this?",
            "My grandfather worked on the old pier — nice to see it in the news again.",
            "The photo caption has the wrong date, I think?",
            "Went on Saturday, it was brilliant. Go if you can.");

    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Prose() {
    }
}
