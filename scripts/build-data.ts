// Placeholder until the data pipeline lands: the real build parses data/*.csv.
console.log('data: nothing to build yet');
