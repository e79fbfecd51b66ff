// The mini-program platforms share WeChat's implementation; H5 has its own (request-subscribe.h5.ts).
export { canRequestSubscribe, requestSubscribe } from './request-subscribe.weapp'
