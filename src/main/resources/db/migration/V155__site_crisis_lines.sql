-- Crisis lines per site (module: staff; issue 6). site.crisis_line (V2, default 988) stays the line clients are given
-- first; these are the further lines a safety plan lists under it, one per line ("Emergency: 911", "County mobile
-- crisis team: 555-0100"). Administrators edit both on the site's form.
ALTER TABLE site ADD COLUMN other_crisis_lines TEXT NOT NULL DEFAULT 'Emergency: 911'
    CHECK (length(other_crisis_lines) <= 500);
