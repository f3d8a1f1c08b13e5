#pragma once

#include "cli/command.h"

#include <QCommandLineParser>

#include <memory>
#include <vector>

// The commands of neuvo-cli, one file per group; Cli puts them under the
// headings of --help.
namespace neuvo::commands {

using CommandList = std::vector<std::unique_ptr<Command>>;

CommandList data();      // demo, export, import, info (data.cpp)
CommandList csv();       // import-csv, export-csv (csv.cpp)
CommandList clients();   // clients, client list|show|add|edit (clients.cpp)
CommandList projects();  // project list|show|add|edit, pay, start-work (projects.cpp)
CommandList contacts();  // log, promise add|done|list, observe, withdraw (contacts.cpp)
CommandList reports();   // flags, alerts (reports.cpp)
CommandList reminders(); // ics, reminders show|set (reminders.cpp)
CommandList documents(); // contract, quote, letter (documents.cpp)
CommandList invoices();  // invoice, invoice-print, credit-note, invoice-payment, invoices (invoices.cpp)
CommandList safety();    // backup, backups, restore, check (safety.cpp)
CommandList profile();   // profile show|set (profile.cpp)
CommandList negotiation(); // counter, stats, raise-plan (negotiation.cpp)

} // namespace neuvo::commands
