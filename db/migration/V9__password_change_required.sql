-- A password set by someone else for one sign-in (the bootstrap admin's, one from reset-admin-password) must be
-- replaced by its user before anything else: Dealtrace sends them to /account/password until they have.
alter table app_user add column must_change_password boolean not null default false;
