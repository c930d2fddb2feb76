-- Tasks done, for the case page: which task, for which agencies, done by whom and when. Written in
-- the engine's transaction as the task completes; the engine's own history is cleaned after its
-- time-to-live, this record stays with the case.
create table task_done (
    task_id     varchar(64)   not null primary key,
    case_id     bigint        not null references family_case (id),
    name        varchar(400)  not null,
    task_key    varchar(100)  not null,
    agencies    varchar(1000) not null,
    done_by     varchar(64)   not null,
    done_at     timestamp with time zone not null
);

create index task_done_case on task_done (case_id, done_at);
