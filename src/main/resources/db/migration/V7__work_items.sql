-- The practitioners' work list: a read model of open engine tasks, one row per task and candidate
-- group, written by task listeners in the engine's transaction and indexed for the agency's list
-- (due date first) so the list and its count never go through the engine's authorized task query.
create table work_item (
    task_id         varchar(64)   not null,
    group_id        varchar(64)   not null,
    case_id         bigint,
    case_reference  varchar(40),
    family_name     varchar(200),
    name            varchar(400)  not null,
    task_key        varchar(100)  not null,
    process_key     varchar(100)  not null,
    due_at          timestamp with time zone,
    created_at      timestamp with time zone not null,
    assignee        varchar(64),
    primary key (task_id, group_id)
);

create index work_item_group_due on work_item (group_id, due_at, created_at);
create index work_item_assignee on work_item (assignee);
create index work_item_case on work_item (case_id);

-- Tasks already open when the work list arrived are added once, at the first start.
create table work_item_backfill (
    done_at  timestamp with time zone not null
);
