// File: cli/statement_output.h
//
// How `said`, `search` and friends print statements: a readable block on a
// terminal, one JSON object a line, or CSV with a header row.
#ifndef QTRACK_CLI_STATEMENT_OUTPUT_H_
#define QTRACK_CLI_STATEMENT_OUTPUT_H_

#include <ostream>
#include <vector>

#include "claims/statement.h"
#include "claims/store.h"
#include "cli/cli.h"

namespace qtrack::cli {

void PrintStatements(const std::vector<Statement>& statements, OutputFormat format,
                     std::ostream& out);

// Removes the suggested links ("recycled?": below the confirmed threshold,
// for a person to review) from every statement: what `said` shows unless
// asked for `--links all`.
void DropSuggestions(std::vector<Statement>* statements);

// Says which matches were shown of how many there are ("statements 1–5 of
// 277; --offset 5 for the next"), so that a limit never hides the rest.
// `page` came from a query started at `offset`; `hidden` of its statements
// were filtered out after the query (--min-checkworthy). Text output gets
// the line on `out`; machine-readable output keeps `out` data only, and
// gets it on `err`, and only when some matches were left out.
void PrintPageSummary(const StatementPage& page, size_t offset, size_t hidden,
                      OutputFormat format, std::ostream& out, std::ostream& err);

}  // namespace qtrack::cli

#endif  // QTRACK_CLI_STATEMENT_OUTPUT_H_
