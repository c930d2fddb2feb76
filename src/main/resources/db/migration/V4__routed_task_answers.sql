-- What each routed task's form recorded, field by field, with the label the practitioner saw, so
-- the case record reads without the form (forms change; the record lasts).
create table routed_task_answer (
    routed_task_id  bigint        not null references routed_task (id),
    position        integer       not null,
    field           varchar(64)   not null,
    label           varchar(400)  not null,
    answer          varchar(4000) not null,
    primary key (routed_task_id, position)
);
