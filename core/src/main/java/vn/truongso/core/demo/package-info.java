/**
 * The demo school "Trường THCS và THPT Bắc Hà" (Lào Cai) as a pure generator of sync rows: {@link
 * vn.truongso.core.demo.DemoSchoolData#rows} gives every row, parents first, with ids derived from natural keys, so
 * the app and the sync server load the very same school. Each row's {@link vn.truongso.core.demo.DemoRow#seedState()
 * seed state} is the state after one creation change with a derived id: the same heads on every replica.
 */
package vn.truongso.core.demo;
