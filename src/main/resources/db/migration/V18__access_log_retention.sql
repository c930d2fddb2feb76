-- The access log's own retention: its oldest entries are removed as a prefix of the chain, which
-- then starts at first_id, chained to anchor_hash (the hash of the last entry removed).
alter table access_chain add column first_id bigint default 1 not null;
alter table access_chain add column anchor_hash varchar(64)
    default '0000000000000000000000000000000000000000000000000000000000000000' not null;
