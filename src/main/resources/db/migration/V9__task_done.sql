-- Tasks done, one row per task and agency it was offered to: for the case page (which task, done
-- by whom and when) and for managers (time to complete, by agency). Written in the engine's
-- transaction as the task completes; the engine's own history is cleaned after its time-to-live,
-- this record stays with the case.
create table task_done (
    task_id        varchar(64)   not null,
    agency         varchar(64)   not null,
    case_id        bigint        not null references family_case (id),
    name           varchar(400)  not null,
    task_key       varchar(100)  not null,
    created_at     timestamp with time zone not null,
    done_by        varchar(64)   not null,
    done_at        timestamp with time zone not null,
    -- Kept as a number so the median is one aggregate on H2 and PostgreSQL alike.
    hours_to_done  double precision not null,
    primary key (task_id, agency)
);

create index task_done_case on task_done (case_id, done_at);
create index task_done_agency on task_done (agency, done_at);
