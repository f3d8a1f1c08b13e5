CREATE TABLE profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    legal_form TEXT NOT NULL DEFAULT '',
    registration_number TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    bank_details TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3 AND currency = upper(currency)),
    nda_markup_percent INTEGER NOT NULL DEFAULT 30 CHECK (nda_markup_percent BETWEEN 0 AND 1000),
    included_revisions INTEGER NOT NULL DEFAULT 2 CHECK (included_revisions >= 0),
    guarantee_percent INTEGER NOT NULL DEFAULT 50 CHECK (guarantee_percent BETWEEN 0 AND 100),
    notice_days INTEGER NOT NULL DEFAULT 30 CHECK (notice_days >= 0),
    work_start TEXT CHECK (work_start IS NULL OR work_start GLOB '[0-2][0-9]:[0-5][0-9]'),
    work_end TEXT CHECK (work_end IS NULL OR work_end GLOB '[0-2][0-9]:[0-5][0-9]'),
    work_days INTEGER NOT NULL DEFAULT 31 CHECK (work_days BETWEEN 0 AND 127),
    floor_rate_minor INTEGER NOT NULL DEFAULT 0 CHECK (floor_rate_minor >= 0)
) STRICT;
INSERT INTO profile (id, work_start, work_end) VALUES (1, '09:00', '17:00');
CREATE TABLE client (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    company TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL CHECK (type IN ('individual','small_business','large_company','agency')),
    source TEXT NOT NULL CHECK (source IN ('referral','social','publication','marketplace','cold','other')),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    messenger TEXT NOT NULL DEFAULT '',
    preferred_channel TEXT NOT NULL CHECK (preferred_channel IN ('email','phone','messenger','meeting')),
    contact_from TEXT CHECK (contact_from IS NULL OR contact_from GLOB '[0-2][0-9]:[0-5][0-9]'),
    contact_to TEXT CHECK (contact_to IS NULL OR contact_to GLOB '[0-2][0-9]:[0-5][0-9]'),
    contact_days INTEGER NOT NULL DEFAULT 31 CHECK (contact_days BETWEEN 0 AND 127),
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    notes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('prospect','active','past','declined'))
) STRICT;
CREATE INDEX client_name ON client (name COLLATE NOCASE);
CREATE TABLE project (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    scope TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('lead','brief_sent','negotiation','agreed','in_progress','delivered','closed','declined','cancelled')),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    base_price_minor INTEGER NOT NULL CHECK (base_price_minor >= 0),
    first_offer_minor INTEGER CHECK (first_offer_minor IS NULL OR first_offer_minor >= 0),
    nda INTEGER NOT NULL DEFAULT 0 CHECK (nda IN (0, 1)),
    nda_markup_percent INTEGER NOT NULL DEFAULT 30 CHECK (nda_markup_percent BETWEEN 0 AND 1000),
    discount_kind TEXT NOT NULL DEFAULT 'none' CHECK (discount_kind IN ('none', 'amount', 'percent')),
    discount_value INTEGER NOT NULL DEFAULT 0
        CHECK (discount_value >= 0 AND (discount_kind <> 'percent' OR discount_value <= 100)),
    discount_reason TEXT NOT NULL DEFAULT '',
    discount_concession TEXT NOT NULL DEFAULT '',
    discount_for_future_orders INTEGER NOT NULL DEFAULT 0 CHECK (discount_for_future_orders IN (0, 1)),
    estimated_hours INTEGER NOT NULL DEFAULT 0 CHECK (estimated_hours >= 0),
    deadline TEXT CHECK (deadline IS NULL OR deadline = date(deadline, '+0 days')),
    internal_margin_days INTEGER NOT NULL DEFAULT 0 CHECK (internal_margin_days >= 0),
    guarantee_percent INTEGER NOT NULL DEFAULT 50 CHECK (guarantee_percent BETWEEN 0 AND 100),
    revisions_included INTEGER NOT NULL DEFAULT 2 CHECK (revisions_included >= 0),
    contract_number TEXT NOT NULL DEFAULT '',
    contract_date TEXT CHECK (contract_date IS NULL OR contract_date = date(contract_date, '+0 days')),
    contract_term_months INTEGER NOT NULL DEFAULT 0 CHECK (contract_term_months >= 0),
    delivered_on TEXT CHECK (delivered_on IS NULL OR delivered_on = date(delivered_on, '+0 days'))
) STRICT;
CREATE INDEX project_client ON project (client_id);
CREATE TABLE project_item (
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    description TEXT NOT NULL,
    PRIMARY KEY (project_id, position)
) STRICT, WITHOUT ROWID;
CREATE TABLE stage (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    title TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    due_on TEXT CHECK (due_on IS NULL OR due_on = date(due_on, '+0 days')),
    work_started_on TEXT CHECK (work_started_on IS NULL OR work_started_on = date(work_started_on, '+0 days')),
    paid_on TEXT CHECK (paid_on IS NULL OR paid_on = date(paid_on, '+0 days')),
    paid_minor INTEGER NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),
    UNIQUE (project_id, position)
) STRICT;
CREATE INDEX stage_due ON stage (due_on);
CREATE TABLE revision (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    requested_on TEXT NOT NULL CHECK (requested_on = date(requested_on, '+0 days')),
    description TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('fix', 'change')),
    charge_minor INTEGER NOT NULL DEFAULT 0 CHECK (charge_minor >= 0)
) STRICT;
CREATE INDEX revision_project ON revision (project_id);
CREATE TABLE interaction (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,
    at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    channel TEXT NOT NULL CHECK (channel IN ('email','phone','messenger','meeting')),
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    kind TEXT NOT NULL CHECK (kind IN ('general','status_request','discount_request','free_test_request','agreement','brief_sent','reminder')),
    summary TEXT NOT NULL DEFAULT '',
    confirmed_on TEXT CHECK (confirmed_on IS NULL OR confirmed_on = date(confirmed_on, '+0 days'))
) STRICT;
CREATE INDEX interaction_client_at ON interaction (client_id, at);
CREATE INDEX interaction_project ON interaction (project_id);
CREATE TABLE promise (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,
    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
    due_on TEXT NOT NULL CHECK (due_on = date(due_on, '+0 days')),
    done_on TEXT CHECK (done_on IS NULL OR done_on = date(done_on, '+0 days'))
) STRICT;
CREATE INDEX promise_client ON promise (client_id);
CREATE INDEX promise_project ON promise (project_id);
CREATE TABLE observation (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    pattern TEXT NOT NULL CHECK (pattern IN ('disrespect','blames_previous_contractors','pays_in_promises','manipulation','full_load_low_price','unrealistic_expectations','demoralizing','devalues_work','free_work_seeker','bad_product')),
    note TEXT NOT NULL DEFAULT '',
    observed_on TEXT NOT NULL CHECK (observed_on = date(observed_on, '+0 days')),
    withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on = date(withdrawn_on, '+0 days'))
) STRICT;
CREATE INDEX observation_client ON observation (client_id);
