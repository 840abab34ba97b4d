/** Entry for `npm run effort`'s table: the formatter without the field registry behind it. */
export { formatEffortTable } from '@/session-timing/effort-table';
