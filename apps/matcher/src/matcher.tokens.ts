export const QUEUE_TUNING = Symbol('QUEUE_TUNING');
