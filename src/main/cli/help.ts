// The `maillage help` text: the commands of DESIGN.md that exist in this build.
export const HELP = `maillage — map a professional network offline (the headless face of the Maillage app)

Usage:
  maillage [--db FILE] serve [--port N]     the app in a browser: 127.0.0.1 only, token in the URL
  maillage --db FILE sample [--seed N] [--people N] [--interactions M]
                                            write the built-in sample network into FILE
  maillage --db FILE scores [--format csv|json] [--from DATE] [--to DATE] [--channel x,linkedin]
                                            compute every score (a new stored run) and print them;
                                            on stderr, one "guidance:" line per score the data is too
                                            thin for (and what to import), with top too
  maillage --db FILE top N [--by SCORE] [--role ROLE] [--year YYYY | --from DATE --to DATE]
                                            the top N of the latest run (SCORE: influence, pagerank,
                                            betweenness, closeness, authority, hub, constraint, …),
                                            or of that year's (window's) run
  maillage --db FILE report top --year YYYY [--n 30] [--role ROLE] [--lang fr|en] --out FILE.html
                                            the yearly Top N edition: rank changes against a year
                                            earlier, a "why" per name, methodology; print-ready HTML
  maillage --db FILE report event --event ID [--days 30] [--lang fr|en] --out FILE.html
                                            after an event: who came, new ties, mentions before/after,
                                            pairs that became mutual, parity; print-ready HTML (FR/EN)
  maillage --db FILE reminders [--format table|json] [--days N] [--as-of DATE]
                                            the owner's reminders: ties and bridges gone quiet,
                                            unanswered after N days (7), amplifiers never returned
  maillage --db FILE reminders --done ID | --dismiss ID | --reopen ID | --snooze ID --until DATE
  maillage --db FILE conversations [--person ID] [--by month|quarter|year] [--format csv|json]
                                            threads, replies and quotes received, partners,
                                            conversation vs broadcast, median time to answer
  maillage --db FILE creators [--year Y] [--format csv|json]
                                            creators and curators by role, beside the survey's
                                            81.8 % / 18.2 %; with --year, who moved since Y-1
  maillage --db FILE audience [--format csv|json]
                                            the organic-growth audit: one row per X import (a dated
                                            snapshot) — date, followers, followings, gained, lost,
                                            follow_back_ratio, flags (burst, mass_follow,
                                            silent_followers, with their reasons)
  maillage --db FILE import FORMAT PATH     FORMAT: linkedin, x-archive (.zip or folder), x-api-jsonl,
                                            csv [--template people|interactions|events|attendance]
                                            [--map "Header=field,…"], gexf, graphml, json;
                                            --progress prints the read/write progress to stderr
  maillage --db FILE import attendees PATH --event ID [--map "Header=field,…"]
                                            a guest list (Eventbrite, Weezevent, Billetweb, Swapcard,
                                            Google Forms, Typeform, CSV or XLSX) into one event, with
                                            its statuses; fields: first_name, last_name, name, email,
                                            organisation, title, status, checked_in, role, event, ignore
  maillage --db FILE import ics PATH        a calendar (.ics): its events, and their attendees by
                                            email with their answers (accepted, declined, tentative)
  maillage --db FILE events [--format table|csv|json]
                                            id, name, date, venue, capacity, counts by status
  maillage --db FILE event add --name NAME --date YYYY-MM-DD [--capacity N] [--kind KIND] [--place P]
  maillage --db FILE parity [--year Y] [--format table|csv|json]
                                            share of women among speakers, hosts and attendees, per
                                            event and in total (confirmed or attended; unknown shown)
  maillage --db FILE matchmaking --event ID [--table-size N] [--limit N] [--format table|csv|json]
  maillage --db FILE impact --event ID [--days N] [--format table|csv|json]
  maillage --db FILE imports [--remove ID]  past imports; --remove undoes one whole import
  maillage --db FILE merges [--accept ID | --reject ID | --undo ID]
                                            review likely duplicates (same name, same organisation)
  maillage --db FILE export FORMAT PATH     FORMAT: gexf, graphml (scores as node attributes),
                                            csv (people and scores), json (full backup);
                                            never over a network or any SQLite file;
                                            csv --separator ';' for Excel in French (with a BOM)
  maillage --db FILE invite --event ID [--capacity N] [--parity 0.5] [--max-per-org K]
                 [--must ID,..] [--exclude ID,..] [--quota analyst+journalist:3] [--waitlist N]
                 [--declined-last K] [--weights influence=1,coverage=1,brokerage=0.5,newties=0.5]
                 [--free-pending] [--format table|csv|json]
                                            an explained invite list under the constraints: confirmed
                                            guests, hosts and speakers hold their seats
  maillage --db FILE owner [--name NAME] [--x HANDLE] [--linkedin URL] [--email ADDRESS]
                                            who owns the network (printed with no option); imports
                                            recognise the owner by these handles
  maillage --db FILE people [--role ROLE] [--format csv|json]
                                            id, name, title, role, role_source (user, inferred,
                                            none), organisation
  maillage --db FILE person add --name N [--role R] [--organisation O] [--title T] [--x H]
                 [--linkedin URL] [--email E]     add a person by hand (role guessed from the title)
  maillage --db FILE person erase ID [--yes]
                                            erase a person for good (GDPR): handles, interactions,
                                            attendance, notes and undo history; says what goes first
  maillage --db FILE interaction add --from ID --to ID --kind met|call|lunch|message --at DATE
                 [--channel x|linkedin|email|in_person|other] [--note TEXT]
                                            log a meeting, call, lunch or message by hand
  maillage --db FILE communities [--format table|csv|json]
                                            the latest run's communities with their lasting names
  maillage --db FILE community rename ID --name NAME
  maillage --db FILE restore-backup [BACKUP]
                                            a damaged file: put its newest backup back (kept aside)
  maillage help                             this text

Options:
  --db FILE      the network file (one file is one network; created when missing).
                 serve without --db opens the sample network in Maillage's data folder.
  --version      print the version

Errors go to stderr with the file, line and reason, and a non-zero exit; nothing is written on error.
`;
