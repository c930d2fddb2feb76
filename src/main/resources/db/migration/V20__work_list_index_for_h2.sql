-- The work list's first page straight off the index on H2 as well as on PostgreSQL: H2 reads an
-- index in order only when the index's null ordering and columns match the query's ORDER BY
-- exactly (due date with undated tasks last, then created, then task id). On PostgreSQL "nulls
-- last" is an ascending index's own order, so this index is the same one with the tie-breaker added.
drop index work_item_group_due;
create index work_item_group_due on work_item (group_id, due_at nulls last, created_at, task_id);
