-- The target review's findings (rules/05-review.drl) of each stored declaration, kept as they were found when it
-- was stored, with the ruleset version that found them. Portable SQL (H2 in PostgreSQL mode and PostgreSQL).
create table declaration_review (
    declaration_id  varchar(36)  primary key references declaration (id),
    findings_json   text         not null,
    ruleset_version varchar(100) not null,
    reviewed_at     timestamp with time zone not null
);
