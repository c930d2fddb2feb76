-- Decisions centred on the child (issue 21). What the assessment saw in the child, each an input
-- of the level decision of its own; the immediate risk the decision proposed; the practitioner's
-- significant-harm judgement (a basis for sharing without consent); and the manager's
-- countersignature of an override that lowers a proposed immediate risk or moves two levels.
-- Earlier rows keep what was recorded then: the new facts default to not recorded.
alter table level_decision add column neglect_or_abuse boolean default false not null;
alter table level_decision add column self_harm boolean default false not null;
alter table level_decision add column parent_incapable boolean default false not null;
alter table level_decision add column child_left_alone boolean default false not null;
alter table level_decision add column methadone_lying_around boolean default false not null;
alter table level_decision add column level_in_pregnancy integer;
alter table level_decision add column proposed_immediate_risk boolean default false not null;
alter table level_decision add column significant_harm boolean default false not null;
alter table level_decision add column significant_harm_reason varchar(4000);
-- An override waiting for a manager (outcome COUNTERSIGN): the proposed level stands meanwhile.
alter table level_decision add column requested_level integer;
alter table level_decision add column countersign_status varchar(16);
alter table level_decision add column countersigned_by varchar(64);
alter table level_decision add column countersigned_at timestamp with time zone;
alter table level_decision add column countersign_reason varchar(4000);

alter table level_decision drop constraint level_decision_outcome;
alter table level_decision add constraint level_decision_outcome
    check (outcome in ('CONFIRMED', 'OVERRIDDEN', 'COUNTERSIGN'));
alter table level_decision add constraint level_decision_countersign_status
    check (countersign_status in ('AWAITING', 'AGREED', 'DECLINED', 'SUPERSEDED'));
alter table level_decision add constraint level_decision_significant_harm
    check (significant_harm = false or significant_harm_reason is not null);

-- The Cambridgeshire offer's three exceptions to asking first are bases of their own; records
-- made before keep 'not-sought-risk-to-child', read as 'risk-to-child'.
alter table consent_decision drop constraint consent_basis;
alter table consent_decision add constraint consent_basis check (basis in ('given', 'declined',
    'not-sought-risk-to-child', 'risk-to-child', 'criminal-investigation', 'staff-safety'));

alter table sharing_decision drop constraint sharing_decision_basis;
alter table sharing_decision add constraint sharing_decision_basis check (basis in ('consent',
    'significant-harm', 'immediate-risk', 'consent-declined', 'consent-not-sought',
    'risk-to-child', 'criminal-investigation', 'staff-safety'));
