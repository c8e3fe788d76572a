-- Every committed edit writes the change log; a notification on it tells every instance at once (LISTEN
-- dealtrace_content), so their page caches never serve a page older than the last edit. Notifications are delivered
-- at commit and only then; one per statement is enough, since the listener reads the newest change itself.
create function notify_content_change() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('dealtrace_content', '');
    return null;
end
$$;

create trigger change_log_notify
    after insert or delete on change_log
    for each statement execute function notify_content_change();
