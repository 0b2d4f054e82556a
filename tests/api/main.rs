//! API tests: each starts the real server with a fresh database, on SQLite and on PostgreSQL.

mod assets;
mod attacks;
mod bounds;
mod chair;
mod faults;
mod feedback;
mod figures;
mod instances;
mod kiosk;
mod languages;
mod meetings;
mod notices;
mod openapi;
mod pages;
mod privacy;
mod reading;
mod session;
mod staff_pages;
