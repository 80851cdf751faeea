// File: cli/statement_output.h
//
// How `said`, `search` and friends print statements: a readable block on a
// terminal, one JSON object a line, or CSV with a header row.
#ifndef QTRACK_CLI_STATEMENT_OUTPUT_H_
#define QTRACK_CLI_STATEMENT_OUTPUT_H_

#include <ostream>
#include <vector>

#include "claims/statement.h"
#include "cli/cli.h"

namespace qtrack::cli {

void PrintStatements(const std::vector<Statement>& statements, OutputFormat format,
                     std::ostream& out);

}  // namespace qtrack::cli

#endif  // QTRACK_CLI_STATEMENT_OUTPUT_H_
