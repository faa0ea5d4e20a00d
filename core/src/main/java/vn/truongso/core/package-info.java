/** What the app and the sync server must agree on: domain types and rules, pure functions, no I/O. */
package vn.truongso.core;
