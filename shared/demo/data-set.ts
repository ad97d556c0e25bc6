// The unit of generated data: plain records for every stored table, ready for bulk loading.
export { emptyDataSet, type DataSet } from '../common/account-records';
