#include "migrations.h"

namespace neuvo {

// The schema, one numbered step at a time. A released step is never edited:
// a change to the schema is a new step. Tables are STRICT with CHECK and
// foreign-key constraints so that bad data is refused by SQLite itself.
// The steps are written in SQLite's SQL, which SQLite files hold as it is;
// SqlDialect (sqldialect.h) rewrites the few SQLite-only forms for
// PostgreSQL, with the same numbers, and tst_sqldialect fails on a form it
// does not know.
const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        // 1: profile, clients, projects with their items, stages and
        // revisions, the interaction log, promises and observations.
        {1, {
            QStringLiteral(
                "CREATE TABLE profile (\n"
                "    id INTEGER PRIMARY KEY CHECK (id = 1),\n"
                "    name TEXT NOT NULL DEFAULT '',\n"
                "    legal_form TEXT NOT NULL DEFAULT '',\n"
                "    registration_number TEXT NOT NULL DEFAULT '',\n"
                "    address TEXT NOT NULL DEFAULT '',\n"
                "    email TEXT NOT NULL DEFAULT '',\n"
                "    phone TEXT NOT NULL DEFAULT '',\n"
                "    bank_details TEXT NOT NULL DEFAULT '',\n"
                "    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3 AND currency = upper(currency)),\n"
                "    nda_markup_percent INTEGER NOT NULL DEFAULT 30 CHECK (nda_markup_percent BETWEEN 0 AND 1000),\n"
                "    included_revisions INTEGER NOT NULL DEFAULT 2 CHECK (included_revisions >= 0),\n"
                "    guarantee_percent INTEGER NOT NULL DEFAULT 50 CHECK (guarantee_percent BETWEEN 0 AND 100),\n"
                "    notice_days INTEGER NOT NULL DEFAULT 30 CHECK (notice_days >= 0),\n"
                "    work_start TEXT CHECK (work_start IS NULL OR work_start GLOB '[0-2][0-9]:[0-5][0-9]'),\n"
                "    work_end TEXT CHECK (work_end IS NULL OR work_end GLOB '[0-2][0-9]:[0-5][0-9]'),\n"
                "    work_days INTEGER NOT NULL DEFAULT 31 CHECK (work_days BETWEEN 0 AND 127),\n"
                "    floor_rate_minor INTEGER NOT NULL DEFAULT 0 CHECK (floor_rate_minor >= 0)\n"
                ") STRICT\n"),
            QStringLiteral(
                "INSERT INTO profile (id, work_start, work_end) VALUES (1, '09:00', '17:00')\n"),
            QStringLiteral(
                "CREATE TABLE client (\n"
                "    id INTEGER PRIMARY KEY,\n"
                "    name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                "    company TEXT NOT NULL DEFAULT '',\n"
                "    type TEXT NOT NULL CHECK (type IN ('individual','small_business','large_company','agency')),\n"
                "    source TEXT NOT NULL CHECK (source IN ('referral','social','publication','marketplace','cold','other')),\n"
                "    email TEXT NOT NULL DEFAULT '',\n"
                "    phone TEXT NOT NULL DEFAULT '',\n"
                "    messenger TEXT NOT NULL DEFAULT '',\n"
                "    preferred_channel TEXT NOT NULL CHECK (preferred_channel IN ('email','phone','messenger','meeting')),\n"
                "    contact_from TEXT CHECK (contact_from IS NULL OR contact_from GLOB '[0-2][0-9]:[0-5][0-9]'),\n"
                "    contact_to TEXT CHECK (contact_to IS NULL OR contact_to GLOB '[0-2][0-9]:[0-5][0-9]'),\n"
                "    contact_days INTEGER NOT NULL DEFAULT 31 CHECK (contact_days BETWEEN 0 AND 127),\n"
                "    time_zone TEXT NOT NULL DEFAULT 'UTC',\n"
                "    notes TEXT NOT NULL DEFAULT '',\n"
                "    status TEXT NOT NULL CHECK (status IN ('prospect','active','past','declined'))\n"
                ") STRICT\n"),
            QStringLiteral(
                "CREATE INDEX client_name ON client (name COLLATE NOCASE)\n"),
            QStringLiteral(
                "CREATE TABLE project (\n"
                "    id INTEGER PRIMARY KEY,\n"
                "    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,\n"
                "    title TEXT NOT NULL CHECK (length(trim(title)) > 0),\n"
                "    scope TEXT NOT NULL DEFAULT '',\n"
                "    status TEXT NOT NULL CHECK (status IN ('lead','brief_sent','negotiation','agreed','in_progress','delivered','closed','declined','cancelled')),\n"
                "    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),\n"
                "    base_price_minor INTEGER NOT NULL CHECK (base_price_minor >= 0),\n"
                "    first_offer_minor INTEGER CHECK (first_offer_minor IS NULL OR first_offer_minor >= 0),\n"
                "    nda INTEGER NOT NULL DEFAULT 0 CHECK (nda IN (0, 1)),\n"
                "    nda_markup_percent INTEGER NOT NULL DEFAULT 30 CHECK (nda_markup_percent BETWEEN 0 AND 1000),\n"
                "    discount_kind TEXT NOT NULL DEFAULT 'none' CHECK (discount_kind IN ('none', 'amount', 'percent')),\n"
                "    discount_value INTEGER NOT NULL DEFAULT 0\n"
                "        CHECK (discount_value >= 0 AND (discount_kind <> 'percent' OR discount_value <= 100)),\n"
                "    discount_reason TEXT NOT NULL DEFAULT '',\n"
                "    discount_concession TEXT NOT NULL DEFAULT '',\n"
                "    discount_for_future_orders INTEGER NOT NULL DEFAULT 0 CHECK (discount_for_future_orders IN (0, 1)),\n"
                "    estimated_hours INTEGER NOT NULL DEFAULT 0 CHECK (estimated_hours >= 0),\n"
                "    deadline TEXT CHECK (deadline IS NULL OR deadline = date(deadline, '+0 days')),\n"
                "    internal_margin_days INTEGER NOT NULL DEFAULT 0 CHECK (internal_margin_days >= 0),\n"
                "    guarantee_percent INTEGER NOT NULL DEFAULT 50 CHECK (guarantee_percent BETWEEN 0 AND 100),\n"
                "    revisions_included INTEGER NOT NULL DEFAULT 2 CHECK (revisions_included >= 0),\n"
                "    contract_number TEXT NOT NULL DEFAULT '',\n"
                "    contract_date TEXT CHECK (contract_date IS NULL OR contract_date = date(contract_date, '+0 days')),\n"
                "    contract_term_months INTEGER NOT NULL DEFAULT 0 CHECK (contract_term_months >= 0),\n"
                "    delivered_on TEXT CHECK (delivered_on IS NULL OR delivered_on = date(delivered_on, '+0 days'))\n"
                ") STRICT\n"),
            QStringLiteral(
                "CREATE INDEX project_client ON project (client_id)\n"),
            QStringLiteral(
                "CREATE TABLE project_item (\n"
                "    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
                "    position INTEGER NOT NULL CHECK (position >= 1),\n"
                "    description TEXT NOT NULL,\n"
                "    PRIMARY KEY (project_id, position)\n"
                ") STRICT, WITHOUT ROWID\n"),
            QStringLiteral(
                "CREATE TABLE stage (\n"
                "    id INTEGER PRIMARY KEY,\n"
                "    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
                "    position INTEGER NOT NULL CHECK (position >= 1),\n"
                "    title TEXT NOT NULL DEFAULT '',\n"
                "    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),\n"
                "    due_on TEXT CHECK (due_on IS NULL OR due_on = date(due_on, '+0 days')),\n"
                "    work_started_on TEXT CHECK (work_started_on IS NULL OR work_started_on = date(work_started_on, '+0 days')),\n"
                "    paid_on TEXT CHECK (paid_on IS NULL OR paid_on = date(paid_on, '+0 days')),\n"
                "    paid_minor INTEGER NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),\n"
                "    UNIQUE (project_id, position)\n"
                ") STRICT\n"),
            QStringLiteral(
                "CREATE INDEX stage_due ON stage (due_on)\n"),
            QStringLiteral(
                "CREATE TABLE revision (\n"
                "    id INTEGER PRIMARY KEY,\n"
                "    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
                "    requested_on TEXT NOT NULL CHECK (requested_on = date(requested_on, '+0 days')),\n"
                "    description TEXT NOT NULL DEFAULT '',\n"
                "    kind TEXT NOT NULL CHECK (kind IN ('fix', 'change')),\n"
                "    charge_minor INTEGER NOT NULL DEFAULT 0 CHECK (charge_minor >= 0)\n"
                ") STRICT\n"),
            QStringLiteral(
                "CREATE INDEX revision_project ON revision (project_id)\n"),
            QStringLiteral(
                "CREATE TABLE interaction (\n"
                "    id INTEGER PRIMARY KEY,\n"
                "    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,\n"
                "    project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,\n"
                "    at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),\n"
                "    channel TEXT NOT NULL CHECK (channel IN ('email','phone','messenger','meeting')),\n"
                "    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),\n"
                "    kind TEXT NOT NULL CHECK (kind IN ('general','status_request','discount_request','free_test_request','agreement','brief_sent','reminder')),\n"
                "    summary TEXT NOT NULL DEFAULT '',\n"
                "    confirmed_on TEXT CHECK (confirmed_on IS NULL OR confirmed_on = date(confirmed_on, '+0 days'))\n"
                ") STRICT\n"),
            QStringLiteral(
                "CREATE INDEX interaction_client_at ON interaction (client_id, at)\n"),
            QStringLiteral(
                "CREATE INDEX interaction_project ON interaction (project_id)\n"),
            QStringLiteral(
                "CREATE TABLE promise (\n"
                "    id INTEGER PRIMARY KEY,\n"
                "    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,\n"
                "    project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,\n"
                "    what TEXT NOT NULL CHECK (length(trim(what)) > 0),\n"
                "    due_on TEXT NOT NULL CHECK (due_on = date(due_on, '+0 days')),\n"
                "    done_on TEXT CHECK (done_on IS NULL OR done_on = date(done_on, '+0 days'))\n"
                ") STRICT\n"),
            QStringLiteral(
                "CREATE INDEX promise_client ON promise (client_id)\n"),
            QStringLiteral(
                "CREATE INDEX promise_project ON promise (project_id)\n"),
            QStringLiteral(
                "CREATE TABLE observation (\n"
                "    id INTEGER PRIMARY KEY,\n"
                "    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,\n"
                "    pattern TEXT NOT NULL CHECK (pattern IN ('disrespect','blames_previous_contractors','pays_in_promises','manipulation','full_load_low_price','unrealistic_expectations','demoralizing','devalues_work','free_work_seeker','bad_product')),\n"
                "    note TEXT NOT NULL DEFAULT '',\n"
                "    observed_on TEXT NOT NULL CHECK (observed_on = date(observed_on, '+0 days')),\n"
                "    withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on = date(withdrawn_on, '+0 days'))\n"
                ") STRICT\n"),
            QStringLiteral(
                "CREATE INDEX observation_client ON observation (client_id)\n"),
        }},
        // 2: planned price changes and the red-flag rule thresholds.
        {2, {
            QStringLiteral(
                "CREATE TABLE price_change (\n"
                "    id INTEGER PRIMARY KEY,\n"
                "    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
                "    effective_on TEXT NOT NULL CHECK (effective_on = date(effective_on, '+0 days')),\n"
                "    new_price_minor INTEGER NOT NULL CHECK (new_price_minor >= 0),\n"
                "    announced_on TEXT CHECK (announced_on IS NULL OR announced_on = date(announced_on, '+0 days')),\n"
                "    note TEXT NOT NULL DEFAULT ''\n"
                ") STRICT\n"),
            QStringLiteral(
                "CREATE INDEX price_change_project ON price_change (project_id)\n"),
            QStringLiteral(
                "CREATE TABLE rule_threshold (\n"
                "    key TEXT PRIMARY KEY,\n"
                "    value INTEGER NOT NULL CHECK (value >= 0)\n"
                ") STRICT, WITHOUT ROWID\n"),
        }},
        // 3: how many backups of each kind are kept, a setting that decides
        // what happens to the file and so lives in it (it was a desktop
        // setting, which neuvo-cli and upgrades did not see).
        {3, {
            QStringLiteral(
                "ALTER TABLE profile ADD COLUMN backups_to_keep INTEGER NOT NULL DEFAULT 14\n"
                "    CHECK (backups_to_keep BETWEEN 1 AND 1000)\n"),
        }},
        // 4: reminders. What was announced as a desktop notification (so
        // nothing is announced twice, whichever process announced it), and
        // the reminder settings with the id that makes calendar UIDs unique
        // to this database. Both are about this file's reminders, not
        // records: the exchange format leaves them out.
        {4, {
            QStringLiteral(
                "CREATE TABLE announced_finding (\n"
                "    key TEXT PRIMARY KEY,\n"
                "    announced_at TEXT NOT NULL CHECK (announced_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')\n"
                ") STRICT, WITHOUT ROWID\n"),
            QStringLiteral(
                "CREATE TABLE reminder_settings (\n"
                "    id INTEGER PRIMARY KEY CHECK (id = 1),\n"
                "    desktop_notifications INTEGER NOT NULL DEFAULT 1 CHECK (desktop_notifications IN (0, 1)),\n"
                "    quiet_outside_working_hours INTEGER NOT NULL DEFAULT 1 CHECK (quiet_outside_working_hours IN (0, 1)),\n"
                "    calendar_alarm_days INTEGER CHECK (calendar_alarm_days IS NULL OR calendar_alarm_days BETWEEN 0 AND 30),\n"
                "    calendar_id TEXT NOT NULL CHECK (length(calendar_id) = 32 AND calendar_id NOT GLOB '*[^0-9a-f]*')\n"
                ") STRICT\n"),
            QStringLiteral(
                "INSERT INTO reminder_settings (id, calendar_id) VALUES (1, lower(hex(randomblob(16))))\n"),
        }},
        // 5: revision kinds that keep apart what the freelancer keeps apart:
        // a round the client asked for (it uses an included round), the
        // freelancer's own error (free, never a round) and a change of
        // scope. The old "fix" meant both a round and an error; it becomes
        // "round", as it counted until now. SQLite cannot change a CHECK
        // constraint, so the table is rebuilt.
        {5, {
            QStringLiteral(
                "CREATE TABLE revision_v5 (\n"
                "    id INTEGER PRIMARY KEY,\n"
                "    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
                "    requested_on TEXT NOT NULL CHECK (requested_on = date(requested_on, '+0 days')),\n"
                "    description TEXT NOT NULL DEFAULT '',\n"
                "    kind TEXT NOT NULL CHECK (kind IN ('round', 'error', 'change')),\n"
                "    charge_minor INTEGER NOT NULL DEFAULT 0 CHECK (charge_minor >= 0)\n"
                ") STRICT\n"),
            QStringLiteral(
                "INSERT INTO revision_v5 (id, project_id, requested_on, description, kind, charge_minor)\n"
                "SELECT id, project_id, requested_on, description,\n"
                "       CASE kind WHEN 'fix' THEN 'round' ELSE kind END, charge_minor\n"
                "FROM revision\n"),
            QStringLiteral("DROP TABLE revision\n"),
            QStringLiteral("ALTER TABLE revision_v5 RENAME TO revision\n"),
            QStringLiteral("CREATE INDEX revision_project ON revision (project_id)\n"),
        }},
        // The High findings the dashboard's start-up banner has shown (see
        // SeenFindings), kept beside the records instead of in the desktop
        // settings: bounded by the file's current findings, and a file opens
        // as fast whatever other files were opened. Not records: the
        // exchange format leaves them out.
        {6, {
            QStringLiteral(
                "CREATE TABLE seen_finding (\n"
                "    key TEXT PRIMARY KEY\n"
                ") STRICT, WITHOUT ROWID\n"),
        }},
        // 7: invoices an accountant accepts. The profile's tax settings, IBAN
        // and invoice numbering; the client's billing details; a project's
        // own VAT rate and reverse charge; issued invoices and credit notes,
        // which triggers keep as issued, and the payments received against
        // them. The step stands alone, so it can take another number.
        {7, {
            QStringLiteral(
                "ALTER TABLE profile ADD COLUMN vat_status TEXT NOT NULL DEFAULT 'not_registered'\n"
                "    CHECK (vat_status IN ('registered', 'not_registered', 'other'))\n"),
            QStringLiteral("ALTER TABLE profile ADD COLUMN vat_id TEXT NOT NULL DEFAULT ''\n"),
            QStringLiteral(
                "ALTER TABLE profile ADD COLUMN vat_rate_tenths INTEGER NOT NULL DEFAULT 255\n"
                "    CHECK (vat_rate_tenths BETWEEN 0 AND 1000)\n"),
            QStringLiteral(
                "ALTER TABLE profile ADD COLUMN prices_include_vat INTEGER NOT NULL DEFAULT 0\n"
                "    CHECK (prices_include_vat IN (0, 1))\n"),
            QStringLiteral("ALTER TABLE profile ADD COLUMN iban TEXT NOT NULL DEFAULT ''\n"),
            QStringLiteral("ALTER TABLE profile ADD COLUMN bic TEXT NOT NULL DEFAULT ''\n"),
            QStringLiteral("ALTER TABLE profile ADD COLUMN invoice_prefix TEXT NOT NULL DEFAULT ''\n"),
            QStringLiteral(
                "ALTER TABLE profile ADD COLUMN invoice_numbers_yearly INTEGER NOT NULL DEFAULT 1\n"
                "    CHECK (invoice_numbers_yearly IN (0, 1))\n"),
            QStringLiteral(
                "ALTER TABLE profile ADD COLUMN invoice_payment_days INTEGER NOT NULL DEFAULT 14\n"
                "    CHECK (invoice_payment_days BETWEEN 0 AND 365)\n"),
            QStringLiteral(
                "CREATE TABLE vat_exemption_text (\n"
                "    language TEXT PRIMARY KEY,\n"
                "    text TEXT NOT NULL\n"
                ") STRICT, WITHOUT ROWID\n"),
            QStringLiteral("ALTER TABLE client ADD COLUMN billing_address TEXT NOT NULL DEFAULT ''\n"),
            QStringLiteral("ALTER TABLE client ADD COLUMN business_id TEXT NOT NULL DEFAULT ''\n"),
            QStringLiteral("ALTER TABLE client ADD COLUMN vat_id TEXT NOT NULL DEFAULT ''\n"),
            QStringLiteral(
                "ALTER TABLE project ADD COLUMN vat_rate_tenths INTEGER\n"
                "    CHECK (vat_rate_tenths IS NULL OR vat_rate_tenths BETWEEN 0 AND 1000)\n"),
            QStringLiteral(
                "ALTER TABLE project ADD COLUMN reverse_charge INTEGER NOT NULL DEFAULT 0\n"
                "    CHECK (reverse_charge IN (0, 1))\n"),
            // The document column holds the invoice as issued (JSON); the
            // other columns repeat what lists and constraints need. The
            // stage is not a foreign key: stages are rewritten with their
            // ids whenever their project is saved, and the store refuses to
            // remove a stage that has an invoice.
            QStringLiteral(
                "CREATE TABLE invoice (\n"
                "    id INTEGER PRIMARY KEY,\n"
                "    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),\n"
                "    number TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),\n"
                "    series TEXT NOT NULL,\n"
                "    sequence INTEGER NOT NULL CHECK (sequence >= 1),\n"
                "    credited_invoice_id INTEGER UNIQUE REFERENCES invoice (id),\n"
                "    client_id INTEGER NOT NULL REFERENCES client (id),\n"
                "    project_id INTEGER NOT NULL REFERENCES project (id),\n"
                "    stage_id INTEGER NOT NULL,\n"
                "    issued_on TEXT NOT NULL CHECK (issued_on = date(issued_on, '+0 days')),\n"
                "    due_on TEXT NOT NULL CHECK (due_on = date(due_on, '+0 days')),\n"
                "    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),\n"
                "    net_minor INTEGER NOT NULL,\n"
                "    vat_minor INTEGER NOT NULL,\n"
                "    gross_minor INTEGER NOT NULL,\n"
                "    document TEXT NOT NULL CHECK (json_valid(document)),\n"
                "    UNIQUE (series, sequence),\n"
                "    CHECK (net_minor + vat_minor = gross_minor),\n"
                "    CHECK ((kind = 'credit_note') = (credited_invoice_id IS NOT NULL))\n"
                ") STRICT\n"),
            QStringLiteral("CREATE INDEX invoice_stage ON invoice (project_id, stage_id)\n"),
            QStringLiteral("CREATE INDEX invoice_client ON invoice (client_id)\n"),
            QStringLiteral("CREATE INDEX invoice_issued ON invoice (issued_on)\n"),
            QStringLiteral(
                "CREATE TRIGGER invoice_never_changes BEFORE UPDATE ON invoice BEGIN\n"
                "    SELECT RAISE(ABORT, 'an issued invoice is never changed: cancel it with a credit note');\n"
                "END\n"),
            QStringLiteral(
                "CREATE TRIGGER invoice_never_deleted BEFORE DELETE ON invoice BEGIN\n"
                "    SELECT RAISE(ABORT, 'an issued invoice is never deleted: cancel it with a credit note');\n"
                "END\n"),
            QStringLiteral(
                "CREATE TABLE invoice_payment (\n"
                "    id INTEGER PRIMARY KEY,\n"
                "    invoice_id INTEGER NOT NULL REFERENCES invoice (id),\n"
                "    paid_on TEXT NOT NULL CHECK (paid_on = date(paid_on, '+0 days')),\n"
                "    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0)\n"
                ") STRICT\n"),
            QStringLiteral("CREATE INDEX invoice_payment_invoice ON invoice_payment (invoice_id)\n"),
        }},
        // 8: the rush surcharge the counter-offer names when a client wants
        // the work sooner than the honest deadline; null = none offered.
        {8, {
            QStringLiteral(
                "ALTER TABLE profile ADD COLUMN rush_surcharge_percent INTEGER\n"
                "    CHECK (rush_surcharge_percent IS NULL OR rush_surcharge_percent BETWEEN 1 AND 500)\n"),
        }},
        // 9: row versions, so that two people (or the desktop and neuvo-cli)
        // saving the same record cannot overwrite each other unseen: every
        // save of a record names the version it was loaded at and bumps it,
        // and a save from an older version is refused. The version sits on
        // the records that are loaded and saved whole: the profile (with its
        // thresholds and exemption texts), clients, projects (with their
        // items, stages, revisions and price changes, which a project save
        // rewrites, so a change to any of them bumps the project), logged
        // interactions, promises and observations. Issued invoices never
        // change. Who and when (UTC) saved last is kept for the refusal's
        // message; null on rows no save has touched since. Plain ADD COLUMN
        // with constant defaults: other engines run the same step.
        {9, {
            QStringLiteral("ALTER TABLE profile ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)\n"),
            QStringLiteral("ALTER TABLE profile ADD COLUMN updated_at TEXT\n"),
            QStringLiteral("ALTER TABLE profile ADD COLUMN updated_by TEXT\n"),
            QStringLiteral("ALTER TABLE client ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)\n"),
            QStringLiteral("ALTER TABLE client ADD COLUMN updated_at TEXT\n"),
            QStringLiteral("ALTER TABLE client ADD COLUMN updated_by TEXT\n"),
            QStringLiteral("ALTER TABLE project ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)\n"),
            QStringLiteral("ALTER TABLE project ADD COLUMN updated_at TEXT\n"),
            QStringLiteral("ALTER TABLE project ADD COLUMN updated_by TEXT\n"),
            QStringLiteral("ALTER TABLE interaction ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)\n"),
            QStringLiteral("ALTER TABLE interaction ADD COLUMN updated_at TEXT\n"),
            QStringLiteral("ALTER TABLE interaction ADD COLUMN updated_by TEXT\n"),
            QStringLiteral("ALTER TABLE promise ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)\n"),
            QStringLiteral("ALTER TABLE promise ADD COLUMN updated_at TEXT\n"),
            QStringLiteral("ALTER TABLE promise ADD COLUMN updated_by TEXT\n"),
            QStringLiteral("ALTER TABLE observation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)\n"),
            QStringLiteral("ALTER TABLE observation ADD COLUMN updated_at TEXT\n"),
            QStringLiteral("ALTER TABLE observation ADD COLUMN updated_by TEXT\n"),
        }},
        // 10: the dashboard's counts when the window last closed
        // (DashboardSummaryStore), shown at the next start while the rules
        // are evaluated again: one row of totals and one per alert group,
        // so it stays small. Not records: the exchange format leaves them
        // out.
        {10, {
            QStringLiteral(
                "CREATE TABLE dashboard_summary (\n"
                "    id INTEGER PRIMARY KEY CHECK (id = 1),\n"
                "    evaluated_on TEXT NOT NULL CHECK (evaluated_on = date(evaluated_on, '+0 days')),\n"
                "    alerts INTEGER NOT NULL CHECK (alerts >= 0),\n"
                "    clients_to_watch INTEGER NOT NULL CHECK (clients_to_watch >= 0),\n"
                "    projects_in_progress INTEGER NOT NULL CHECK (projects_in_progress >= 0)\n"
                ") STRICT\n"),
            QStringLiteral(
                "CREATE TABLE dashboard_summary_group (\n"
                "    rule TEXT PRIMARY KEY CHECK (length(rule) > 0),\n"
                "    position INTEGER NOT NULL UNIQUE CHECK (position >= 0),\n"
                "    count INTEGER NOT NULL CHECK (count > 0)\n"
                ") STRICT, WITHOUT ROWID\n"),
        }},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace neuvo
