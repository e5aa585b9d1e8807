-- PostgreSQL does not index foreign keys by itself. The collection tables are covered by their primary
-- keys (owner id first); contact points are not, and the authority page and every authority rename
-- (which re-indexes the authority's contact points) look them up by authority.
create index ix_contact_point_authority on contact_point (authority_id);
