export * from './queue.constants';
export * from './job-data.types';
export * from './job-options';
export * from './connection';
export * from './channels';
export * from './handler-registry';
export * from './queue-tuning';
