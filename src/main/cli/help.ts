// The `maillage help` text: the commands of DESIGN.md that exist in this build.
export const HELP = `maillage — map a professional network offline (the headless face of the Maillage app)

Usage:
  maillage [--db FILE] serve [--port N]     the app in a browser: 127.0.0.1 only, token in the URL
  maillage --db FILE sample [--seed N]      write the built-in sample network into FILE
  maillage --db FILE scores [--format csv|json] [--from DATE] [--to DATE] [--channel x,linkedin]
                                            compute every score (a new stored run) and print them
  maillage --db FILE top N [--by SCORE] [--role ROLE]
                                            the top N of the latest run (SCORE: influence, pagerank,
                                            betweenness, closeness, authority, hub, constraint, …)
  maillage help                             this text

Options:
  --db FILE      the network file (one file is one network; created when missing).
                 serve without --db opens the sample network in Maillage's data folder.
  --version      print the version

Errors go to stderr with the file, line and reason, and a non-zero exit; nothing is written on error.
`;
