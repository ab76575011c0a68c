// marketing/partner: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { UploadFile, WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient
declare const file: UploadFile

export async function calls(): Promise<void> {
  // 创建投放计划
  {
    const { data } = await client.request('POST /v3/marketing/partner/delivery-plan/delivery-plans', {
      json: {
        out_request_no: 'asdf-1234-40016',
        brand_id: '40016',
        product_coupon_id: '701146876221757924829193824428',
        stock_id: '701246876221757924829194755312',
        plan_name: '冬季饮料投放',
        total_count: 1,
        user_limit: 1,
        daily_limit: 1,
        delivery_start_time: '2025-01-01T00:00:00+08:00',
        delivery_end_time: '2025-01-01T00:00:00+08:00',
        recommend_word: '天天有惊喜',
        reuse_coupon_config: true,
        usage_mode: 'SINGLE',
        stock_bundle_id: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['delivery-plan']['delivery-plans'].post({
      json: {
        out_request_no: 'asdf-1234-40016',
        brand_id: '40016',
        product_coupon_id: '701146876221757924829193824428',
        stock_id: '701246876221757924829194755312',
        plan_name: '冬季饮料投放',
        total_count: 1,
        user_limit: 1,
        daily_limit: 1,
        delivery_start_time: '2025-01-01T00:00:00+08:00',
        delivery_end_time: '2025-01-01T00:00:00+08:00',
        recommend_word: '天天有惊喜',
        reuse_coupon_config: true,
        usage_mode: 'SINGLE',
        stock_bundle_id: '',
      },
    })
    console.log(data)
  }
  // 分页查询投放计划列表
  {
    const { data } = await client.request('GET /v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans', {
      params: {
        brand_id: '40016',
      },
      query: {
        page_size: 5,
        offset: 10,
        plan_state: 'PLAN_CREATED',
        audit_state: '12000',
        plan_id: '12000',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['delivery-plan']['delivery-plans']['{brand_id}']['delivery-plans'].get({
      params: {
        brand_id: '40016',
      },
      query: {
        page_size: 5,
        offset: 10,
        plan_state: 'PLAN_CREATED',
        audit_state: '12000',
        plan_id: '12000',
      },
    })
    console.log(data)
  }
  // 更新投放计划
  {
    const { data } = await client.request('PATCH /v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}', {
      params: {
        plan_id: '12000',
      },
      json: {
        modify_content: {
          plan_name: '冬季饮料投放',
          delivery_end_time: '2025-01-01T00:00:00+08:00',
          total_count: 1,
          user_limit: 1,
          daily_limit: 1,
          recommend_word: '天天有惊喜',
        },
        out_request_no: '',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['delivery-plan']['delivery-plans']['{plan_id}'].patch({
      params: {
        plan_id: '12000',
      },
      json: {
        modify_content: {
          plan_name: '冬季饮料投放',
          delivery_end_time: '2025-01-01T00:00:00+08:00',
          total_count: 1,
          user_limit: 1,
          daily_limit: 1,
          recommend_word: '天天有惊喜',
        },
        out_request_no: '',
      },
    })
    console.log(data)
  }
  // 终止投放计划
  {
    const { status } = await client.request('POST /v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}/terminate', {
      params: {
        plan_id: '12000',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing.partner['delivery-plan']['delivery-plans']['{plan_id}'].terminate.post({
      params: {
        plan_id: '12000',
      },
    })
    console.log(status)
  }
  // 设置投放计划回调地址
  {
    const { data } = await client.request('POST /v3/marketing/partner/delivery-plan/{sp_mchid}/notify-url', {
      params: {
        sp_mchid: '298689900',
      },
      json: {
        notify_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['delivery-plan']['{sp_mchid}']['notify-url'].post({
      params: {
        sp_mchid: '298689900',
      },
      json: {
        notify_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  // 提交图片生成任务
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/image-generation-tasks', {
      json: {
        brand_id: '120344',
        task_id: 'image_generation_task_1',
        image_generation_type: 'COMBINE_IMAGE',
        combine_image: {
          scope: 'ALL',
          type: 'NORMAL',
          usage_mode: 'SINGLE',
          normal_coupon: {
            threshold: 10000,
            discount_amount: 1,
          },
          discount_coupon: {
            threshold: 10000,
            percent_off: 20,
          },
          exchange_coupon: {
            threshold: 10000,
            exchange_price: 20,
          },
          background_color: '#ff5733',
        },
        cut_out: {
          image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/example.jpg',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['image-generation-tasks'].post({
      json: {
        brand_id: '120344',
        task_id: 'image_generation_task_1',
        image_generation_type: 'COMBINE_IMAGE',
        combine_image: {
          scope: 'ALL',
          type: 'NORMAL',
          usage_mode: 'SINGLE',
          normal_coupon: {
            threshold: 10000,
            discount_amount: 1,
          },
          discount_coupon: {
            threshold: 10000,
            percent_off: 20,
          },
          exchange_coupon: {
            threshold: 10000,
            exchange_price: 20,
          },
          background_color: '#ff5733',
        },
        cut_out: {
          image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/example.jpg',
        },
      },
    })
    console.log(data)
  }
  // 查询图片生成任务执行结果
  {
    const { data } = await client.request('GET /v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}', {
      params: {
        task_id: 'image_generation_task_1',
      },
      query: {
        brand_id: '120344',
        image_generation_type: 'COMBINE_IMAGE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['image-generation-tasks']['{task_id}'].get({
      params: {
        task_id: 'image_generation_task_1',
      },
      query: {
        brand_id: '120344',
        image_generation_type: 'COMBINE_IMAGE',
      },
    })
    console.log(data)
  }
  // 图片上传
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/media/upload-image', {
      multipart: {
        file,
        meta: {
          sha256: '',
          filename: '',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].media['upload-image'].post({
      multipart: {
        file,
        meta: {
          sha256: '',
          filename: '',
        },
      },
    })
    console.log(data)
  }
  // 获取商品券事件通知地址
  {
    const { data } = await client.request('GET /v3/marketing/partner/product-coupon/notify-configs')
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['notify-configs'].get()
    console.log(data)
  }
  // 设置商品券事件通知地址
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/notify-configs', {
      json: {
        notify_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['notify-configs'].post({
      json: {
        notify_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  // 创建商品券
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons', {
      json: {
        brand_id: '120344',
        out_request_no: '12345_20250101_A3489',
        scope: 'ALL',
        type: 'NORMAL',
        usage_mode: 'SINGLE',
        single_usage_info: {
          normal_coupon: {
            threshold: 10000,
            discount_amount: 1,
          },
          discount_coupon: {
            threshold: 10000,
            percent_off: 20,
          },
        },
        sequential_usage_info: {
          type: 'INCREMENTAL',
          count: 15,
          available_days: 365,
          interval_days: 0,
        },
        display_info: {
          name: '全场满100立打8折',
          image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          background_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          detail_image_url_list: ['https://wxpaylogo.qpic.cn/wxpayl'],
          original_price: 10000,
          combo_package_list: [
            {
              name: '咖啡2选1',
              pick_count: 3,
              choice_list: [
                {
                  name: '美式',
                  price: 10000,
                  count: 2,
                  image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
                  mini_program_appid: 'wx4fd12345678',
                  mini_program_path: '/pages/index/index',
                },
              ],
            },
          ],
        },
        out_product_no: 'Product_1234567890',
        stock: {
          remark: '',
          coupon_code_mode: 'WECHATPAY',
          stock_send_rule: {
            max_count: 100000,
            max_count_per_day: 100000000,
            max_count_per_user: 5,
          },
          single_usage_rule: {
            coupon_available_period: {
              available_begin_time: '2025-08-01T00:00:00+08:00',
              available_end_time: '2025-08-31T23:59:59+08:00',
              available_days: 30,
              wait_days_after_receive: 1,
              weekly_available_period: {
                day_list: ['MONDAY'],
                day_period_list: [
                  {
                    begin_time: 60,
                    end_time: 86399,
                  },
                ],
              },
              irregular_available_period_list: [
                {
                  begin_time: '2025-08-01T00:00:00+08:00',
                  end_time: '2025-08-31T23:59:59+08:00',
                },
              ],
              available_seconds: 0,
            },
            normal_coupon: {
              threshold: 10000,
              discount_amount: 1,
            },
            discount_coupon: {
              threshold: 10000,
              percent_off: 20,
            },
            exchange_coupon: {
              threshold: 10000,
              exchange_price: 20,
            },
          },
          sequential_usage_rule: {
            coupon_available_period: {
              available_begin_time: '2025-08-01T00:00:00+08:00',
              available_end_time: '2025-08-31T23:59:59+08:00',
              wait_days_after_receive: 30,
              weekly_available_period: {
                day_list: ['MONDAY'],
                day_period_list: [
                  {
                    begin_time: 60,
                    end_time: 86399,
                  },
                ],
              },
              irregular_available_period_list: [
                {
                  begin_time: '2025-08-01T00:00:00+08:00',
                  end_time: '2025-08-31T23:59:59+08:00',
                },
              ],
            },
            normal_coupon_list: [
              {
                threshold: 10000,
                discount_amount: 1,
              },
            ],
            discount_coupon_list: [
              {
                threshold: 10000,
                percent_off: 20,
              },
            ],
            exchange_coupon_list: [
              {
                threshold: 10000,
                exchange_price: 20,
              },
            ],
            special_first: true,
          },
          usage_rule_display_info: {
            coupon_usage_method_list: ['OFFLINE'],
            mini_program_appid: 'wx1234567890',
            mini_program_path: '/pages/index/product',
            app_path: 'https://weixin.qq.com/jump-to-app',
            usage_description: '工作日可用',
            coupon_available_store_info: {
              description: '所有门店可用，可使用小程序查看门店列表',
              mini_program_appid: 'wx1234567890',
              mini_program_path: '/pages/index/product',
            },
            app_jump_type: 'H5',
            passcode_link: 'passcode_link.example',
          },
          coupon_display_info: {
            code_display_mode: 'QRCODE',
            background_color: 'Color020',
            entrance_mini_program: {
              appid: 'wx234545656765876',
              path: '/path/index/index',
              entrance_wording: '欢迎选购',
              guidance_wording: '获取更多优惠',
            },
            entrance_official_account: {
              appid: 'wx1234567890',
            },
            entrance_finder: {
              finder_id: 'gh_12345678',
              finder_video_id: 'UDFsdf24df34dD456Hdf34',
              finder_video_cover_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
            },
          },
          notify_config: {
            notify_appid: 'wx23232232323',
          },
          store_scope: 'NONE',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons'].post({
      json: {
        brand_id: '120344',
        out_request_no: '12345_20250101_A3489',
        scope: 'ALL',
        type: 'NORMAL',
        usage_mode: 'SINGLE',
        single_usage_info: {
          normal_coupon: {
            threshold: 10000,
            discount_amount: 1,
          },
          discount_coupon: {
            threshold: 10000,
            percent_off: 20,
          },
        },
        sequential_usage_info: {
          type: 'INCREMENTAL',
          count: 15,
          available_days: 365,
          interval_days: 0,
        },
        display_info: {
          name: '全场满100立打8折',
          image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          background_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          detail_image_url_list: ['https://wxpaylogo.qpic.cn/wxpayl'],
          original_price: 10000,
          combo_package_list: [
            {
              name: '咖啡2选1',
              pick_count: 3,
              choice_list: [
                {
                  name: '美式',
                  price: 10000,
                  count: 2,
                  image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
                  mini_program_appid: 'wx4fd12345678',
                  mini_program_path: '/pages/index/index',
                },
              ],
            },
          ],
        },
        out_product_no: 'Product_1234567890',
        stock: {
          remark: '',
          coupon_code_mode: 'WECHATPAY',
          stock_send_rule: {
            max_count: 100000,
            max_count_per_day: 100000000,
            max_count_per_user: 5,
          },
          single_usage_rule: {
            coupon_available_period: {
              available_begin_time: '2025-08-01T00:00:00+08:00',
              available_end_time: '2025-08-31T23:59:59+08:00',
              available_days: 30,
              wait_days_after_receive: 1,
              weekly_available_period: {
                day_list: ['MONDAY'],
                day_period_list: [
                  {
                    begin_time: 60,
                    end_time: 86399,
                  },
                ],
              },
              irregular_available_period_list: [
                {
                  begin_time: '2025-08-01T00:00:00+08:00',
                  end_time: '2025-08-31T23:59:59+08:00',
                },
              ],
              available_seconds: 0,
            },
            normal_coupon: {
              threshold: 10000,
              discount_amount: 1,
            },
            discount_coupon: {
              threshold: 10000,
              percent_off: 20,
            },
            exchange_coupon: {
              threshold: 10000,
              exchange_price: 20,
            },
          },
          sequential_usage_rule: {
            coupon_available_period: {
              available_begin_time: '2025-08-01T00:00:00+08:00',
              available_end_time: '2025-08-31T23:59:59+08:00',
              wait_days_after_receive: 30,
              weekly_available_period: {
                day_list: ['MONDAY'],
                day_period_list: [
                  {
                    begin_time: 60,
                    end_time: 86399,
                  },
                ],
              },
              irregular_available_period_list: [
                {
                  begin_time: '2025-08-01T00:00:00+08:00',
                  end_time: '2025-08-31T23:59:59+08:00',
                },
              ],
            },
            normal_coupon_list: [
              {
                threshold: 10000,
                discount_amount: 1,
              },
            ],
            discount_coupon_list: [
              {
                threshold: 10000,
                percent_off: 20,
              },
            ],
            exchange_coupon_list: [
              {
                threshold: 10000,
                exchange_price: 20,
              },
            ],
            special_first: true,
          },
          usage_rule_display_info: {
            coupon_usage_method_list: ['OFFLINE'],
            mini_program_appid: 'wx1234567890',
            mini_program_path: '/pages/index/product',
            app_path: 'https://weixin.qq.com/jump-to-app',
            usage_description: '工作日可用',
            coupon_available_store_info: {
              description: '所有门店可用，可使用小程序查看门店列表',
              mini_program_appid: 'wx1234567890',
              mini_program_path: '/pages/index/product',
            },
            app_jump_type: 'H5',
            passcode_link: 'passcode_link.example',
          },
          coupon_display_info: {
            code_display_mode: 'QRCODE',
            background_color: 'Color020',
            entrance_mini_program: {
              appid: 'wx234545656765876',
              path: '/path/index/index',
              entrance_wording: '欢迎选购',
              guidance_wording: '获取更多优惠',
            },
            entrance_official_account: {
              appid: 'wx1234567890',
            },
            entrance_finder: {
              finder_id: 'gh_12345678',
              finder_video_id: 'UDFsdf24df34dD456Hdf34',
              finder_video_cover_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
            },
          },
          notify_config: {
            notify_appid: 'wx23232232323',
          },
          store_scope: 'NONE',
        },
      },
    })
    console.log(data)
  }
  // 查询商品券
  {
    const { data } = await client.request('GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}', {
      params: {
        product_coupon_id: '1000000013',
      },
      query: {
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].get({
      params: {
        product_coupon_id: '1000000013',
      },
      query: {
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  // 修改商品券
  {
    const { data } = await client.request('PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}', {
      params: {
        product_coupon_id: '1000000013',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        display_info: {
          name: '全场满100立打8折',
          image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          background_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          detail_image_url_list: ['https://wxpaylogo.qpic.cn/wxpayl'],
          original_price: 10000,
          combo_package_list: [
            {
              name: '咖啡2选1',
              pick_count: 3,
              choice_list: [
                {
                  name: '美式',
                  price: 10000,
                  count: 2,
                  image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
                  mini_program_appid: 'wx4fd12345678',
                  mini_program_path: '/pages/index/index',
                },
              ],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].patch({
      params: {
        product_coupon_id: '1000000013',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        display_info: {
          name: '全场满100立打8折',
          image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          background_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          detail_image_url_list: ['https://wxpaylogo.qpic.cn/wxpayl'],
          original_price: 10000,
          combo_package_list: [
            {
              name: '咖啡2选1',
              pick_count: 3,
              choice_list: [
                {
                  name: '美式',
                  price: 10000,
                  count: 2,
                  image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
                  mini_program_appid: 'wx4fd12345678',
                  mini_program_path: '/pages/index/index',
                },
              ],
            },
          ],
        },
      },
    })
    console.log(data)
  }
  // 失效商品券
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate', {
      params: {
        product_coupon_id: '1000000013',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        deactivate_reason: '批次信息有误，重新创建',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].deactivate.post({
      params: {
        product_coupon_id: '1000000013',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        deactivate_reason: '批次信息有误，重新创建',
      },
    })
    console.log(data)
  }
  // 添加商品券批次组
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles', {
      params: {
        product_coupon_id: '1000000013',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        stock_bundle: {
          remark: '疯狂星期四项目专用',
          coupon_code_mode: 'WECHATPAY',
          stock_send_rule: {
            max_count: 100000,
            max_count_per_day: 100000000,
            max_count_per_user: 5,
          },
          progressive_bundle_usage_rule: {
            coupon_available_period: {
              available_begin_time: '2025-08-01T00:00:00+08:00',
              available_end_time: '2025-08-31T23:59:59+08:00',
              available_days: 30,
              wait_days_after_receive: 1,
              weekly_available_period: {
                day_list: ['MONDAY'],
                day_period_list: [
                  {
                    begin_time: 60,
                    end_time: 86399,
                  },
                ],
              },
              irregular_available_period_list: [
                {
                  begin_time: '2025-08-01T00:00:00+08:00',
                  end_time: '2025-08-31T23:59:59+08:00',
                },
              ],
              available_seconds: 0,
            },
            normal_coupon_list: [
              {
                threshold: 10000,
                discount_amount: 1,
              },
            ],
            discount_coupon_list: [
              {
                threshold: 10000,
                percent_off: 20,
              },
            ],
            exchange_coupon_list: [
              {
                threshold: 10000,
                exchange_price: 20,
              },
            ],
          },
          usage_rule_display_info: {
            coupon_usage_method_list: ['OFFLINE'],
            mini_program_appid: 'wx1234567890',
            mini_program_path: '/pages/index/product',
            app_path: 'https://weixin.qq.com/jump-to-app',
            usage_description: '工作日可用',
            coupon_available_store_info: {
              description: '所有门店可用，可使用小程序查看门店列表',
              mini_program_appid: 'wx1234567890',
              mini_program_path: '/pages/index/product',
            },
            app_jump_type: 'H5',
            passcode_link: 'passcode_link.example',
          },
          coupon_display_info: {
            code_display_mode: 'QRCODE',
            background_color: 'Color020',
            entrance_mini_program: {
              appid: 'wx234545656765876',
              path: '/path/index/index',
              entrance_wording: '欢迎选购',
              guidance_wording: '获取更多优惠',
            },
            entrance_official_account: {
              appid: 'wx1234567890',
            },
            entrance_finder: {
              finder_id: 'gh_12345678',
              finder_video_id: 'UDFsdf24df34dD456Hdf34',
              finder_video_cover_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
            },
          },
          notify_config: {
            notify_appid: 'wx23232232323',
          },
          store_scope: 'NONE',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}']['stock-bundles'].post({
      params: {
        product_coupon_id: '1000000013',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        stock_bundle: {
          remark: '疯狂星期四项目专用',
          coupon_code_mode: 'WECHATPAY',
          stock_send_rule: {
            max_count: 100000,
            max_count_per_day: 100000000,
            max_count_per_user: 5,
          },
          progressive_bundle_usage_rule: {
            coupon_available_period: {
              available_begin_time: '2025-08-01T00:00:00+08:00',
              available_end_time: '2025-08-31T23:59:59+08:00',
              available_days: 30,
              wait_days_after_receive: 1,
              weekly_available_period: {
                day_list: ['MONDAY'],
                day_period_list: [
                  {
                    begin_time: 60,
                    end_time: 86399,
                  },
                ],
              },
              irregular_available_period_list: [
                {
                  begin_time: '2025-08-01T00:00:00+08:00',
                  end_time: '2025-08-31T23:59:59+08:00',
                },
              ],
              available_seconds: 0,
            },
            normal_coupon_list: [
              {
                threshold: 10000,
                discount_amount: 1,
              },
            ],
            discount_coupon_list: [
              {
                threshold: 10000,
                percent_off: 20,
              },
            ],
            exchange_coupon_list: [
              {
                threshold: 10000,
                exchange_price: 20,
              },
            ],
          },
          usage_rule_display_info: {
            coupon_usage_method_list: ['OFFLINE'],
            mini_program_appid: 'wx1234567890',
            mini_program_path: '/pages/index/product',
            app_path: 'https://weixin.qq.com/jump-to-app',
            usage_description: '工作日可用',
            coupon_available_store_info: {
              description: '所有门店可用，可使用小程序查看门店列表',
              mini_program_appid: 'wx1234567890',
              mini_program_path: '/pages/index/product',
            },
            app_jump_type: 'H5',
            passcode_link: 'passcode_link.example',
          },
          coupon_display_info: {
            code_display_mode: 'QRCODE',
            background_color: 'Color020',
            entrance_mini_program: {
              appid: 'wx234545656765876',
              path: '/path/index/index',
              entrance_wording: '欢迎选购',
              guidance_wording: '获取更多优惠',
            },
            entrance_official_account: {
              appid: 'wx1234567890',
            },
            entrance_finder: {
              finder_id: 'gh_12345678',
              finder_video_id: 'UDFsdf24df34dD456Hdf34',
              finder_video_cover_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
            },
          },
          notify_config: {
            notify_appid: 'wx23232232323',
          },
          store_scope: 'NONE',
        },
      },
    })
    console.log(data)
  }
  // 修改商品券批次组
  {
    const { data } = await client.request('PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}', {
      params: {
        product_coupon_id: '1000000013',
        stock_bundle_id: '1000000013001',
      },
      json: {
        out_request_no: '34657_20250101_123456',
        remark: '疯狂星期四项目专用',
        usage_rule_display_info: {
          coupon_usage_method_list: ['OFFLINE'],
          mini_program_appid: 'wx1234567890',
          mini_program_path: '/pages/index/product',
          app_path: 'https://weixin.qq.com/jump-to-app',
          usage_description: '工作日可用',
          coupon_available_store_info: {
            description: '所有门店可用，可使用小程序查看门店列表',
            mini_program_appid: 'wx1234567890',
            mini_program_path: '/pages/index/product',
          },
          app_jump_type: 'H5',
          passcode_link: 'passcode_link.example',
        },
        coupon_display_info: {
          code_display_mode: 'QRCODE',
          background_color: 'Color020',
          entrance_mini_program: {
            appid: 'wx234545656765876',
            path: '/path/index/index',
            entrance_wording: '欢迎选购',
            guidance_wording: '获取更多优惠',
          },
          entrance_official_account: {
            appid: 'wx1234567890',
          },
          entrance_finder: {
            finder_id: 'gh_12345678',
            finder_video_id: 'UDFsdf24df34dD456Hdf34',
            finder_video_cover_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          },
        },
        notify_config: {
          notify_appid: 'wx23232232323',
        },
        store_scope: 'NONE',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}']['stock-bundles']['{stock_bundle_id}'].patch({
      params: {
        product_coupon_id: '1000000013',
        stock_bundle_id: '1000000013001',
      },
      json: {
        out_request_no: '34657_20250101_123456',
        remark: '疯狂星期四项目专用',
        usage_rule_display_info: {
          coupon_usage_method_list: ['OFFLINE'],
          mini_program_appid: 'wx1234567890',
          mini_program_path: '/pages/index/product',
          app_path: 'https://weixin.qq.com/jump-to-app',
          usage_description: '工作日可用',
          coupon_available_store_info: {
            description: '所有门店可用，可使用小程序查看门店列表',
            mini_program_appid: 'wx1234567890',
            mini_program_path: '/pages/index/product',
          },
          app_jump_type: 'H5',
          passcode_link: 'passcode_link.example',
        },
        coupon_display_info: {
          code_display_mode: 'QRCODE',
          background_color: 'Color020',
          entrance_mini_program: {
            appid: 'wx234545656765876',
            path: '/path/index/index',
            entrance_wording: '欢迎选购',
            guidance_wording: '获取更多优惠',
          },
          entrance_official_account: {
            appid: 'wx1234567890',
          },
          entrance_finder: {
            finder_id: 'gh_12345678',
            finder_video_id: 'UDFsdf24df34dD456Hdf34',
            finder_video_cover_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          },
        },
        notify_config: {
          notify_appid: 'wx23232232323',
        },
        store_scope: 'NONE',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  // 批次组批量关联门店
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/associate-stores', {
      params: {
        product_coupon_id: '1000000013',
        stock_bundle_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        store_list: [
          {
            store_id: '100000001',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}']['stock-bundles']['{stock_bundle_id}']['associate-stores'].post({
      params: {
        product_coupon_id: '1000000013',
        stock_bundle_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        store_list: [
          {
            store_id: '100000001',
          },
        ],
      },
    })
    console.log(data)
  }
  // 批次组批量取消关联门店
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/disassociate-stores', {
      params: {
        product_coupon_id: '1000000013',
        stock_bundle_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        store_list: [
          {
            store_id: '100000001',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}']['stock-bundles']['{stock_bundle_id}']['disassociate-stores'].post({
      params: {
        product_coupon_id: '1000000013',
        stock_bundle_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        store_list: [
          {
            store_id: '100000001',
          },
        ],
      },
    })
    console.log(data)
  }
  // 修改商品券批次组发放预算
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/update-budget', {
      params: {
        product_coupon_id: '1000000013',
        stock_bundle_id: '1000000013001',
      },
      json: {
        out_request_no: '34657_20250101_123456',
        update_mode: 'MAX_COUNT',
        current_max_count: 1,
        target_max_count: 1,
        current_max_count_per_day: 1,
        target_max_count_per_day: 1,
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}']['stock-bundles']['{stock_bundle_id}']['update-budget'].post({
      params: {
        product_coupon_id: '1000000013',
        stock_bundle_id: '1000000013001',
      },
      json: {
        out_request_no: '34657_20250101_123456',
        update_mode: 'MAX_COUNT',
        current_max_count: 1,
        target_max_count: 1,
        current_max_count_per_day: 1,
        target_max_count_per_day: 1,
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  // 查询商品券批次列表
  {
    const { data } = await client.request('GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks', {
      params: {
        product_coupon_id: '1000000013',
      },
      query: {
        state: 'AUDITING',
        page_size: 20,
        page_token: 'MTIzMjUK',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].stocks.get({
      params: {
        product_coupon_id: '1000000013',
      },
      query: {
        state: 'AUDITING',
        page_size: 20,
        page_token: 'MTIzMjUK',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  // 添加商品券批次
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks', {
      params: {
        product_coupon_id: '1000000013',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        stock: {
          remark: '疯狂星期四项目专用',
          coupon_code_mode: 'WECHATPAY',
          stock_send_rule: {
            max_count: 100000,
            max_count_per_day: 100000000,
            max_count_per_user: 5,
          },
          single_usage_rule: {
            coupon_available_period: {
              available_begin_time: '2025-08-01T00:00:00+08:00',
              available_end_time: '2025-08-31T23:59:59+08:00',
              available_days: 30,
              wait_days_after_receive: 1,
              weekly_available_period: {
                day_list: ['MONDAY'],
                day_period_list: [
                  {
                    begin_time: 60,
                    end_time: 86399,
                  },
                ],
              },
              irregular_available_period_list: [
                {
                  begin_time: '2025-08-01T00:00:00+08:00',
                  end_time: '2025-08-31T23:59:59+08:00',
                },
              ],
              available_seconds: 0,
            },
            normal_coupon: {
              threshold: 10000,
              discount_amount: 1,
            },
            discount_coupon: {
              threshold: 10000,
              percent_off: 20,
            },
            exchange_coupon: {
              threshold: 10000,
              exchange_price: 20,
            },
          },
          sequential_usage_rule: {
            coupon_available_period: {
              available_begin_time: '2025-08-01T00:00:00+08:00',
              available_end_time: '2025-08-31T23:59:59+08:00',
              wait_days_after_receive: 1,
              weekly_available_period: {
                day_list: ['MONDAY'],
                day_period_list: [
                  {
                    begin_time: 60,
                    end_time: 86399,
                  },
                ],
              },
              irregular_available_period_list: [
                {
                  begin_time: '2025-08-01T00:00:00+08:00',
                  end_time: '2025-08-31T23:59:59+08:00',
                },
              ],
            },
            normal_coupon_list: [
              {
                threshold: 10000,
                discount_amount: 1,
              },
            ],
            discount_coupon_list: [
              {
                threshold: 10000,
                percent_off: 20,
              },
            ],
            exchange_coupon_list: [
              {
                threshold: 10000,
                exchange_price: 20,
              },
            ],
            special_first: true,
          },
          usage_rule_display_info: {
            coupon_usage_method_list: ['OFFLINE'],
            mini_program_appid: 'wx1234567890',
            mini_program_path: '/pages/index/product',
            app_path: 'https://weixin.qq.com/jump-to-app',
            usage_description: '工作日可用',
            coupon_available_store_info: {
              description: '所有门店可用，可使用小程序查看门店列表',
              mini_program_appid: 'wx1234567890',
              mini_program_path: '/pages/index/product',
            },
            app_jump_type: 'H5',
            passcode_link: 'passcode_link.example',
          },
          coupon_display_info: {
            code_display_mode: 'QRCODE',
            background_color: 'Color020',
            entrance_mini_program: {
              appid: 'wx234545656765876',
              path: '/path/index/index',
              entrance_wording: '欢迎选购',
              guidance_wording: '获取更多优惠',
            },
            entrance_official_account: {
              appid: 'wx1234567890',
            },
            entrance_finder: {
              finder_id: 'gh_12345678',
              finder_video_id: 'UDFsdf24df34dD456Hdf34',
              finder_video_cover_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
            },
          },
          notify_config: {
            notify_appid: 'wx23232232323',
          },
          store_scope: 'NONE',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].stocks.post({
      params: {
        product_coupon_id: '1000000013',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        stock: {
          remark: '疯狂星期四项目专用',
          coupon_code_mode: 'WECHATPAY',
          stock_send_rule: {
            max_count: 100000,
            max_count_per_day: 100000000,
            max_count_per_user: 5,
          },
          single_usage_rule: {
            coupon_available_period: {
              available_begin_time: '2025-08-01T00:00:00+08:00',
              available_end_time: '2025-08-31T23:59:59+08:00',
              available_days: 30,
              wait_days_after_receive: 1,
              weekly_available_period: {
                day_list: ['MONDAY'],
                day_period_list: [
                  {
                    begin_time: 60,
                    end_time: 86399,
                  },
                ],
              },
              irregular_available_period_list: [
                {
                  begin_time: '2025-08-01T00:00:00+08:00',
                  end_time: '2025-08-31T23:59:59+08:00',
                },
              ],
              available_seconds: 0,
            },
            normal_coupon: {
              threshold: 10000,
              discount_amount: 1,
            },
            discount_coupon: {
              threshold: 10000,
              percent_off: 20,
            },
            exchange_coupon: {
              threshold: 10000,
              exchange_price: 20,
            },
          },
          sequential_usage_rule: {
            coupon_available_period: {
              available_begin_time: '2025-08-01T00:00:00+08:00',
              available_end_time: '2025-08-31T23:59:59+08:00',
              wait_days_after_receive: 1,
              weekly_available_period: {
                day_list: ['MONDAY'],
                day_period_list: [
                  {
                    begin_time: 60,
                    end_time: 86399,
                  },
                ],
              },
              irregular_available_period_list: [
                {
                  begin_time: '2025-08-01T00:00:00+08:00',
                  end_time: '2025-08-31T23:59:59+08:00',
                },
              ],
            },
            normal_coupon_list: [
              {
                threshold: 10000,
                discount_amount: 1,
              },
            ],
            discount_coupon_list: [
              {
                threshold: 10000,
                percent_off: 20,
              },
            ],
            exchange_coupon_list: [
              {
                threshold: 10000,
                exchange_price: 20,
              },
            ],
            special_first: true,
          },
          usage_rule_display_info: {
            coupon_usage_method_list: ['OFFLINE'],
            mini_program_appid: 'wx1234567890',
            mini_program_path: '/pages/index/product',
            app_path: 'https://weixin.qq.com/jump-to-app',
            usage_description: '工作日可用',
            coupon_available_store_info: {
              description: '所有门店可用，可使用小程序查看门店列表',
              mini_program_appid: 'wx1234567890',
              mini_program_path: '/pages/index/product',
            },
            app_jump_type: 'H5',
            passcode_link: 'passcode_link.example',
          },
          coupon_display_info: {
            code_display_mode: 'QRCODE',
            background_color: 'Color020',
            entrance_mini_program: {
              appid: 'wx234545656765876',
              path: '/path/index/index',
              entrance_wording: '欢迎选购',
              guidance_wording: '获取更多优惠',
            },
            entrance_official_account: {
              appid: 'wx1234567890',
            },
            entrance_finder: {
              finder_id: 'gh_12345678',
              finder_video_id: 'UDFsdf24df34dD456Hdf34',
              finder_video_cover_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
            },
          },
          notify_config: {
            notify_appid: 'wx23232232323',
          },
          store_scope: 'NONE',
        },
      },
    })
    console.log(data)
  }
  // 查询商品券指定批次
  {
    const { data } = await client.request('GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}', {
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      query: {
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].stocks['{stock_id}'].get({
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      query: {
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  // 修改商品券指定批次
  {
    const { data } = await client.request('PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}', {
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        remark: '疯狂星期四项目专用',
        usage_rule_display_info: {
          coupon_usage_method_list: ['OFFLINE'],
          mini_program_appid: 'wx1234567890',
          mini_program_path: '/pages/index/product',
          app_path: 'https://weixin.qq.com/jump-to-app',
          usage_description: '工作日可用',
          coupon_available_store_info: {
            description: '所有门店可用，可使用小程序查看门店列表',
            mini_program_appid: 'wx1234567890',
            mini_program_path: '/pages/index/product',
          },
          app_jump_type: 'H5',
          passcode_link: 'passcode_link.example',
        },
        coupon_display_info: {
          code_display_mode: 'QRCODE',
          background_color: 'Color020',
          entrance_mini_program: {
            appid: 'wx234545656765876',
            path: '/path/index/index',
            entrance_wording: '欢迎选购',
            guidance_wording: '获取更多优惠',
          },
          entrance_official_account: {
            appid: 'wx1234567890',
          },
          entrance_finder: {
            finder_id: 'gh_12345678',
            finder_video_id: 'UDFsdf24df34dD456Hdf34',
            finder_video_cover_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          },
        },
        notify_config: {
          notify_appid: 'wx23232232323',
        },
        store_scope: 'NONE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].stocks['{stock_id}'].patch({
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        remark: '疯狂星期四项目专用',
        usage_rule_display_info: {
          coupon_usage_method_list: ['OFFLINE'],
          mini_program_appid: 'wx1234567890',
          mini_program_path: '/pages/index/product',
          app_path: 'https://weixin.qq.com/jump-to-app',
          usage_description: '工作日可用',
          coupon_available_store_info: {
            description: '所有门店可用，可使用小程序查看门店列表',
            mini_program_appid: 'wx1234567890',
            mini_program_path: '/pages/index/product',
          },
          app_jump_type: 'H5',
          passcode_link: 'passcode_link.example',
        },
        coupon_display_info: {
          code_display_mode: 'QRCODE',
          background_color: 'Color020',
          entrance_mini_program: {
            appid: 'wx234545656765876',
            path: '/path/index/index',
            entrance_wording: '欢迎选购',
            guidance_wording: '获取更多优惠',
          },
          entrance_official_account: {
            appid: 'wx1234567890',
          },
          entrance_finder: {
            finder_id: 'gh_12345678',
            finder_video_id: 'UDFsdf24df34dD456Hdf34',
            finder_video_cover_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx',
          },
        },
        notify_config: {
          notify_appid: 'wx23232232323',
        },
        store_scope: 'NONE',
      },
    })
    console.log(data)
  }
  // 批次关联门店
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associate-stores', {
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        store_list: [
          {
            store_id: '100000001',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].stocks['{stock_id}']['associate-stores'].post({
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        store_list: [
          {
            store_id: '100000001',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询批次关联门店列表
  {
    const { data } = await client.request('GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associated-stores', {
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      query: {
        page_size: 20,
        page_token: 'MTIzMjUK',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].stocks['{stock_id}']['associated-stores'].get({
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      query: {
        page_size: 20,
        page_token: 'MTIzMjUK',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  // 失效商品券批次
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate', {
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        deactivate_reason: '批次信息有误，重新创建',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].stocks['{stock_id}'].deactivate.post({
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        deactivate_reason: '批次信息有误，重新创建',
      },
    })
    console.log(data)
  }
  // 批次取消关联门店
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/disassociate-stores', {
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        store_list: [
          {
            store_id: '100000001',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].stocks['{stock_id}']['disassociate-stores'].post({
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        store_list: [
          {
            store_id: '100000001',
          },
        ],
      },
    })
    console.log(data)
  }
  // 修改商品券批次发放预算
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget', {
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        update_mode: 'MAX_COUNT',
        current_max_count: 1,
        target_max_count: 1,
        current_max_count_per_day: 1,
        target_max_count_per_day: 1,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].stocks['{stock_id}']['update-budget'].post({
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        update_mode: 'MAX_COUNT',
        current_max_count: 1,
        target_max_count: 1,
        current_max_count_per_day: 1,
        target_max_count_per_day: 1,
      },
    })
    console.log(data)
  }
  // 预上传券Code
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/upload-coupon-codes', {
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        code_list: ['vCode_1234567890'],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon']['product-coupons']['{product_coupon_id}'].stocks['{stock_id}']['upload-coupon-codes'].post({
      params: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
      },
      json: {
        brand_id: '120344',
        out_request_no: '34657_20250101_123456',
        code_list: ['vCode_1234567890'],
      },
    })
    console.log(data)
  }
  // 向用户发放商品券批次组
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles', {
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_bundle_id: '712315129419284901',
        appid: 'wx233544546545989',
        send_request_no: '34657_20250101_123456',
        attach: 'example_attach',
        coupon_tag_info: {
          coupon_tag_list: ['MEMBER'],
          member_tag_info: {
            member_card_id: '',
          },
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].users['{openid}']['coupon-bundles'].post({
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_bundle_id: '712315129419284901',
        appid: 'wx233544546545989',
        send_request_no: '34657_20250101_123456',
        attach: 'example_attach',
        coupon_tag_info: {
          coupon_tag_list: ['MEMBER'],
          member_tag_info: {
            member_card_id: '',
          },
        },
      },
    })
    console.log(data)
  }
  // 失效用户商品券组
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}/deactivate', {
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        user_coupon_bundle_id: '123446565767',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_bundle_id: '100232301',
        appid: 'wx233544546545989',
        out_request_no: '34657_20250101_123456',
        deactivate_reason: '商品已下线，使用户商品券失效',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].users['{openid}']['coupon-bundles']['{user_coupon_bundle_id}'].deactivate.post({
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        user_coupon_bundle_id: '123446565767',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_bundle_id: '100232301',
        appid: 'wx233544546545989',
        out_request_no: '34657_20250101_123456',
        deactivate_reason: '商品已下线，使用户商品券失效',
      },
    })
    console.log(data)
  }
  // 指定券状态查询用户商品券列表
  {
    const { data } = await client.request('GET /v3/marketing/partner/product-coupon/users/{openid}/coupons', {
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
      },
      query: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
        coupon_state: 'CONFIRMING',
        page_size: 20,
        page_token: 'MTIzMjUK',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].users['{openid}'].coupons.get({
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
      },
      query: {
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
        coupon_state: 'CONFIRMING',
        page_size: 20,
        page_token: 'MTIzMjUK',
        brand_id: '120344',
      },
    })
    console.log(data)
  }
  // 向用户发放商品券
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/users/{openid}/coupons', {
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        coupon_code: '123446565767',
        appid: 'wx233544546545989',
        send_request_no: '34657_20250101_123456',
        attach: 'example_attach',
        coupon_tag_info: {
          coupon_tag_list: ['MEMBER'],
          member_tag_info: {
            member_card_id: '',
          },
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].users['{openid}'].coupons.post({
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        coupon_code: '123446565767',
        appid: 'wx233544546545989',
        send_request_no: '34657_20250101_123456',
        attach: 'example_attach',
        coupon_tag_info: {
          coupon_tag_list: ['MEMBER'],
          member_tag_info: {
            member_card_id: '',
          },
        },
      },
    })
    console.log(data)
  }
  // 查询用户商品券详情
  {
    const { data } = await client.request('GET /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}', {
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        coupon_code: '123446565767',
      },
      query: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].users['{openid}'].coupons['{coupon_code}'].get({
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        coupon_code: '123446565767',
      },
      query: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
      },
    })
    console.log(data)
  }
  // 确认发放用户商品券
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/confirm', {
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        coupon_code: '123446565767',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
        out_request_no: '34657_20250101_123456',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].users['{openid}'].coupons['{coupon_code}'].confirm.post({
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        coupon_code: '123446565767',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
        out_request_no: '34657_20250101_123456',
      },
    })
    console.log(data)
  }
  // 失效用户商品券
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate', {
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        coupon_code: '123446565767',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
        out_request_no: '34657_20250101_123456',
        deactivate_reason: '商品已下线，使用户商品券失效',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].users['{openid}'].coupons['{coupon_code}'].deactivate.post({
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        coupon_code: '123446565767',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
        out_request_no: '34657_20250101_123456',
        deactivate_reason: '商品已下线，使用户商品券失效',
      },
    })
    console.log(data)
  }
  // 退券
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/return', {
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        coupon_code: '123446565767',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
        out_request_no: '34657_20250101_123456',
        sequential_coupon_index: 0,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].users['{openid}'].coupons['{coupon_code}'].return.post({
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        coupon_code: '123446565767',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
        out_request_no: '34657_20250101_123456',
        sequential_coupon_index: 0,
      },
    })
    console.log(data)
  }
  // 核销用户商品券
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/use', {
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        coupon_code: '123446565767',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
        use_time: '2025-07-24T00:00+08:00',
        associated_order_info: {
          transaction_id: '4200000000123456789123456789',
          out_trade_no: 'trade_no_20250724123456',
          mchid: '1234567890',
          sub_mchid: '1234567890',
        },
        out_request_no: '34657_20250101_123456',
        sequential_coupon_index: 0,
        store_id: '',
        associated_pay_score_order_info: {
          order_id: '',
          out_order_no: '',
          mchid: '',
          sub_mchid: '',
        },
        saved_amount: 0,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].users['{openid}'].coupons['{coupon_code}'].use.post({
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
        coupon_code: '123446565767',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        appid: 'wx233544546545989',
        use_time: '2025-07-24T00:00+08:00',
        associated_order_info: {
          transaction_id: '4200000000123456789123456789',
          out_trade_no: 'trade_no_20250724123456',
          mchid: '1234567890',
          sub_mchid: '1234567890',
        },
        out_request_no: '34657_20250101_123456',
        sequential_coupon_index: 0,
        store_id: '',
        associated_pay_score_order_info: {
          order_id: '',
          out_order_no: '',
          mchid: '',
          sub_mchid: '',
        },
        saved_amount: 0,
      },
    })
    console.log(data)
  }
  // 向用户预发放商品券
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon', {
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        coupon_code: '123446565767',
        appid: 'wx233544546545989',
        send_request_no: '34657_20250101_123456',
        attach: 'example_attach',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].users['{openid}']['pre-send-coupon'].post({
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_id: '1000000013001',
        coupon_code: '123446565767',
        appid: 'wx233544546545989',
        send_request_no: '34657_20250101_123456',
        attach: 'example_attach',
      },
    })
    console.log(data)
  }
  // 向用户预发放商品券批次组
  {
    const { data } = await client.request('POST /v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle', {
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_bundle_id: '100232301',
        appid: 'wx233544546545989',
        send_request_no: '34657_20250101_123456',
        attach: 'example_attach',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.partner['product-coupon'].users['{openid}']['pre-send-coupon-bundle'].post({
      params: {
        openid: 'oh-394z-6CGkNoJrsDLTTUKiAnp4',
      },
      json: {
        brand_id: '120344',
        product_coupon_id: '1000000013',
        stock_bundle_id: '100232301',
        appid: 'wx233544546545989',
        send_request_no: '34657_20250101_123456',
        attach: 'example_attach',
      },
    })
    console.log(data)
  }
}
