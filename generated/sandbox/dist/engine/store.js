// The sandbox's one storage interface. Two implementations share it (SQLite through better-sqlite3, PostgreSQL
// through pg), both in store-sql.ts on kysely; nothing above this file knows which one it talks to.
export {};
